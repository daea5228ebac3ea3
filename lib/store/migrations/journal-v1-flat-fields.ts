import * as Y from 'yjs';
import { journalFieldKey } from '../journal-keys';
import type { Migration } from './migration';

/**
 * Journal v1: every day field is its own entry (`<date>|<field>`) in one flat map. A nested map
 * per day loses fields when two devices create the same day offline (one whole map wins);
 * flat keys make it per field, latest edit wins. Day entries written as objects or nested maps
 * by earlier builds are moved over, every field kept, without overwriting a newer flat value.
 */
export const journalV1FlatFields: Migration = {
  id: 'journal-v1-flat-fields',
  kind: 'journal',
  toVersion: 1,
  migrate(doc) {
    const legacy = doc.getMap<unknown>('days');
    const fields = doc.getMap<unknown>('dayFields');
    for (const [date, entry] of [...legacy.entries()]) {
      const values = entry instanceof Y.Map ? entry.toJSON() : entry;
      if (values === null || typeof values !== 'object' || Array.isArray(values)) continue;
      for (const [field, value] of Object.entries(values as Record<string, unknown>)) {
        const key = journalFieldKey(date, field);
        if (!fields.has(key)) fields.set(key, value);
      }
      legacy.delete(date);
    }
  },
};
