import { describe, expect, it } from 'vitest';
import { JournalEntrySchema } from '@/engine/readiness/journal';
import { journalDayDefaults } from '@/lib/store/journal-schema';
import { journalEntries } from './engine-inputs';

describe('engine inputs from the documents', () => {
  it('turns journal days and fuel into valid engine journal entries', () => {
    const entries = journalEntries(
      [
        ['2026-11-20', { ...journalDayDefaults, sleepHours: 7.5, rmssdMs: 61, soreness: 2 }],
        ['2026-11-19', { ...journalDayDefaults, mood: 4 }],
      ],
      [
        { id: 'a', date: '2026-11-20', carbsG: 60, fluidMl: null, sodiumMg: null, note: '' },
        { id: 'b', date: '2026-11-20', carbsG: 30, fluidMl: 500, sodiumMg: null, note: '' },
        { id: 'c', date: '2026-11-21', carbsG: 45, fluidMl: null, sodiumMg: null, note: '' },
      ],
    );
    expect(entries.map((e) => e.date)).toEqual(['2026-11-19', '2026-11-20', '2026-11-21']);
    expect(entries[1]).toMatchObject({ sleepHours: 7.5, rmssdMs: 61, soreness: 2, carbsG: 90 });
    for (const entry of entries) expect(JournalEntrySchema.safeParse(entry).success).toBe(true);
  });
});
