import type { RecordMesg } from '@garmin/fitsdk';
import {
  createStreamBuilder,
  type SampleRow,
  type StreamBuilder,
} from '../../activity/stream-builder.ts';
import type { DeveloperFieldMap } from './fit-developer-fields.ts';

/** FIT positions are in semicircles: 2^31 of them make 180 degrees (FIT SDK, "position_lat"). */
const DEGREES_PER_SEMICIRCLE = 180 / 2 ** 31;

export const epochS = (value: unknown): number | null =>
  value instanceof Date ? value.getTime() / 1000 : null;

const numberOr = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export type RecordOptions = {
  cadenceScale: number;
  developer: DeveloperFieldMap;
  /** Pool swims take distance and speed from the lengths, not the records. */
  withoutDistance: boolean;
};

/** Fills the row's missing columns from the app's developer fields; returns the columns used. */
function fromDeveloperFields(
  r: RecordMesg,
  row: SampleRow,
  map: DeveloperFieldMap,
  used: Set<string>,
) {
  const fields = r.developerFields;
  if (!fields) return;
  for (const { key, column, name } of map) {
    if (row[column] !== undefined) continue;
    const value = numberOr(fields[key]);
    if (value === undefined) continue;
    row[column] = value;
    used.add(name);
  }
}

/**
 * Appends the records (already the leg's, in file order) to a builder as rows on the file's
 * clock (epoch seconds). Records without a timestamp carry no time to place them and are counted.
 */
export function pushRecords(
  records: RecordMesg[],
  options: RecordOptions,
  builder: StreamBuilder = createStreamBuilder(records.length),
): { builder: StreamBuilder; untimed: number; developerUsed: Set<string> } {
  // One row object reused for every record: this loop runs once per second of every activity.
  const row: SampleRow = { timeS: 0 };
  const developerUsed = new Set<string>();
  let untimed = 0;
  for (const r of records) {
    const atS = epochS(r.timestamp);
    if (atS === null) {
      untimed++;
      continue;
    }
    row.timeS = atS;
    row.heartRateBpm = r.heartRate;
    row.speedMps = options.withoutDistance ? undefined : (r.enhancedSpeed ?? r.speed);
    row.powerW = r.power;
    row.cadence =
      r.cadence === undefined
        ? undefined
        : (r.cadence + (r.fractionalCadence ?? 0)) * options.cadenceScale;
    row.distanceM = options.withoutDistance ? undefined : r.distance;
    row.latitudeDeg =
      r.positionLat === undefined ? undefined : r.positionLat * DEGREES_PER_SEMICIRCLE;
    row.longitudeDeg =
      r.positionLong === undefined ? undefined : r.positionLong * DEGREES_PER_SEMICIRCLE;
    row.altitudeM = r.enhancedAltitude ?? r.altitude;
    if (options.developer.length > 0) fromDeveloperFields(r, row, options.developer, developerUsed);
    builder.push(row);
  }
  return { builder, untimed, developerUsed };
}
