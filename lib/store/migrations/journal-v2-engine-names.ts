import { journalFieldKey, splitJournalFieldKey } from '../journal-keys';
import type { Migration } from './migration';

/** Field names the app used before it shared the engine's journal vocabulary. */
const RENAMED: Record<string, string> = { sleepH: 'sleepHours', hrvRmssdMs: 'rmssdMs' };

/**
 * Journal v2: day fields take the engine's names (`sleepHours`, `rmssdMs`), the same names a
 * journal file for the CLI uses, so one field has one name everywhere. A value already under the
 * new name is newer and is kept; the old key goes either way.
 */
export const journalV2EngineNames: Migration = {
  id: 'journal-v2-engine-names',
  kind: 'journal',
  toVersion: 2,
  migrate(doc) {
    const fields = doc.getMap<unknown>('dayFields');
    for (const [key, value] of [...fields.entries()]) {
      const parts = splitJournalFieldKey(key);
      const renamed = parts ? RENAMED[parts.field] : undefined;
      if (!parts || !renamed) continue;
      const next = journalFieldKey(parts.date, renamed);
      if (!fields.has(next)) fields.set(next, value);
      fields.delete(key);
    }
  },
};
