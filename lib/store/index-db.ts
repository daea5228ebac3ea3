import Dexie, { type EntityTable } from 'dexie';
import type { ActivityRow, DayRow } from './index-rows';
import type { StreamColumns } from './stream-columns';

/** What the tables were last built from, so an unchanged history is not rebuilt on every load. */
export type MetaRow = { key: string; value: string };

/** A decoded stream cache entry: the columns of `<a>/activity/<id>`, ready to chart. */
export type StreamRow = { id: string; columns: StreamColumns };

/**
 * Query indexes derived from the documents. Nothing is stored only here: deleting this database
 * and reloading rebuilds it from the documents (see index-sync.ts).
 */
export class SplitsIndex extends Dexie {
  activities!: EntityTable<ActivityRow, 'id'>;
  days!: EntityTable<DayRow, 'date'>;
  streams!: EntityTable<StreamRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(athleteId: string) {
    super(indexDbName(athleteId));
    this.version(1).stores({
      activities: 'id, startTime, date, sport',
      days: 'date',
      streams: 'id',
    });
    this.version(2).stores({ meta: 'key' });
  }
}

export function indexDbName(athleteId: string): string {
  return `splits-index-${athleteId}`;
}

const open = new Map<string, SplitsIndex>();

export function indexFor(athleteId: string): SplitsIndex {
  let index = open.get(athleteId);
  if (!index) {
    index = new SplitsIndex(athleteId);
    open.set(athleteId, index);
  }
  return index;
}
