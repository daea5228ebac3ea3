'use client';

import { addDays } from '@/engine/plan/calendar-date';
import type { ReadinessDay } from '@/engine/plan/adapt-plan';
import { useAthleteId } from '@/lib/store/current-athlete';
import { today } from '@/lib/store/device-clock';
import { allDays } from '@/lib/store/index-queries';
import type { DayRow } from '@/lib/store/index-rows';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { useJournal } from '@/lib/store/use-journal';
import { journalEntries } from '@/lib/worker/engine-inputs';
import { useEngineQuery } from './engine-query';

const noDays: DayRow[] = [];

/**
 * Readiness on each of the days before today, from the journal and that day's load, so
 * adaptation can tell one low morning from an illness that has lasted days.
 */
export function useReadinessHistory(days = 14) {
  const athleteId = useAthleteId();
  const { days: journalDays, fuel, ready, version } = useJournal();
  const rows = useIndexQuery(allDays, noDays);
  const date = today();
  const lastRow = rows.at(-1)?.date ?? null;
  return useEngineQuery<ReadinessDay[]>(
    ['readiness-history', athleteId, version, date, days, rows.length, lastRow],
    async (engine) => {
      const entries = journalEntries([...journalDays.entries()], fuel);
      const byDate = new Map(rows.map((r) => [r.date, r]));
      const dates = Array.from({ length: days }, (_, i) => addDays(date, i - days));
      return Promise.all(
        dates.map(async (d) => {
          const row = byDate.get(d);
          const r = await engine.readiness(
            entries,
            d,
            row ? { tsb: row.tsb, acwr: row.acwr } : null,
          );
          return { date: d, score: r.score, advice: r.advice };
        }),
      );
    },
    ready,
  );
}
