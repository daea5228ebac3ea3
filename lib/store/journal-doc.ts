import type * as Y from 'yjs';
import {
  fuelEntrySchema,
  isoDateSchema,
  journalDayDefaults,
  journalDaySchema,
  type FuelEntry,
  type JournalDay,
  type JournalDayField,
} from './journal-schema';
import { journalFieldKey, splitJournalFieldKey } from './journal-keys';
import { parseField, readFields } from './read-fields';

/** Typed access to `<a>/journal`: each day field is its own entry, latest edit wins. */
/** Every day with at least one field, keyed by date (YYYY-MM-DD). */
export function readJournalDays(doc: Y.Doc): Map<string, JournalDay> {
  const raw = new Map<string, Record<string, unknown>>();
  for (const [key, value] of doc.getMap('dayFields').entries()) {
    const parts = splitJournalFieldKey(key);
    if (!parts || !isoDateSchema.safeParse(parts.date).success) continue;
    const day = raw.get(parts.date) ?? {};
    day[parts.field] = value;
    raw.set(parts.date, day);
  }
  const days = new Map<string, JournalDay>();
  for (const date of [...raw.keys()].sort()) {
    days.set(date, readFields(journalDaySchema, journalDayDefaults, raw.get(date) ?? {}));
  }
  return days;
}

export function setJournalField<K extends JournalDayField>(
  doc: Y.Doc,
  date: string,
  field: K,
  value: JournalDay[K],
): void {
  isoDateSchema.parse(date);
  doc
    .getMap('dayFields')
    .set(journalFieldKey(date, field), parseField(journalDaySchema, field, value));
}

export type StoredFuelEntry = FuelEntry & { id: string };

export function addFuelEntry(doc: Y.Doc, entry: FuelEntry): string {
  const id = crypto.randomUUID();
  doc.getMap('fuel').set(id, fuelEntrySchema.parse(entry));
  return id;
}

export function readFuelEntries(doc: Y.Doc): StoredFuelEntry[] {
  const entries: StoredFuelEntry[] = [];
  for (const [id, value] of doc.getMap('fuel').entries()) {
    const parsed = fuelEntrySchema.safeParse(value);
    if (parsed.success) entries.push({ id, ...parsed.data });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}
