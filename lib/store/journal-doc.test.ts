import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFuelEntry, readFuelEntries, readJournalDays, setJournalField } from './journal-doc';
import { syncReplicas } from './test-support';

describe('journal document', () => {
  it('keeps both fields when two devices log the same morning offline', () => {
    const phone = new Y.Doc();
    const watch = new Y.Doc();
    setJournalField(phone, '2026-11-20', 'sleepHours', 7.25);
    setJournalField(watch, '2026-11-20', 'rmssdMs', 62);
    syncReplicas(phone, watch);
    expect(readJournalDays(phone).get('2026-11-20')).toMatchObject({
      sleepHours: 7.25,
      rmssdMs: 62,
    });
    expect(readJournalDays(watch)).toEqual(readJournalDays(phone));
  });

  it('lets the later edit of one field win once devices have synced', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setJournalField(a, '2026-11-20', 'mood', 2);
    syncReplicas(a, b);
    setJournalField(b, '2026-11-20', 'mood', 4);
    syncReplicas(a, b);
    expect(readJournalDays(a).get('2026-11-20')?.mood).toBe(4);
  });

  it('sorts days and validates inputs', () => {
    const doc = new Y.Doc();
    setJournalField(doc, '2026-11-21', 'soreness', 3);
    setJournalField(doc, '2026-11-19', 'stress', 2);
    expect([...readJournalDays(doc).keys()]).toEqual(['2026-11-19', '2026-11-21']);
    expect(() => setJournalField(doc, '2026-11-21', 'soreness', 9)).toThrow(/soreness/);
    expect(() => setJournalField(doc, '21/11/2026', 'mood', 3)).toThrow();
  });

  it('stores optional fuel entries', () => {
    const doc = new Y.Doc();
    addFuelEntry(doc, { date: '2026-11-20', carbsG: 60, fluidMl: 500, sodiumMg: null, note: '' });
    expect(readFuelEntries(doc)).toMatchObject([{ date: '2026-11-20', carbsG: 60 }]);
  });
});
