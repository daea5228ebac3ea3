'use client';

import { addDays } from '@/engine/plan/calendar-date';
import { formatDay } from '@/lib/format/dates';
import { planWeekFor } from '@/lib/plans/calendar';
import { minutesText } from '@/lib/plans/minutes-text';
import type { WeekTotals } from '@/lib/plans/week-totals';
import type { PlanWeek } from '@/lib/store/workout-schema';

export const PHASE_NAMES: Record<string, string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
};

/** The plan week a calendar week belongs to: the one holding its middle, else any of its days. */
export function planWeekOf(weeks: readonly PlanWeek[], start: string) {
  for (const offset of [3, 2, 4, 1, 5, 0, 6]) {
    const found = planWeekFor(weeks, addDays(start, offset - 3));
    if (found) return found;
  }
  return null;
}

/** The heading of a calendar week: its number in the plan and its phase. */
export function weekTitle(weeks: readonly PlanWeek[], start: string): string {
  const found = planWeekOf(weeks, start);
  if (!found) return start < (weeks[0]?.start ?? '') ? 'Before the plan' : 'After the plan';
  const phase = PHASE_NAMES[found.week.phase] ?? found.week.phase;
  const lighter = found.week.lighter ? ' · lighter week' : '';
  return `Week ${found.index + 1} of ${weeks.length} · ${phase}${lighter}`;
}

const BAND_TONE: Record<string, string> = {
  onTrack: 'text-emerald-800 dark:text-emerald-300',
  partly: 'text-slate-700 dark:text-slate-300',
  different: 'text-slate-700 dark:text-slate-300',
};

/** Planned against done for one week, recomputed from the workouts as they are now. */
export function WeekSummary({
  weeks,
  start,
  totals,
}: {
  weeks: readonly PlanWeek[];
  start: string;
  totals: WeekTotals;
}) {
  const { compliance } = totals;
  return (
    <div className="mb-3">
      <h3 className="text-lg font-semibold">{weekTitle(weeks, start)}</h3>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {formatDay(start)} – {formatDay(addDays(start, 6))}
      </p>
      <p className="mt-1 text-sm tabular-nums" data-testid="week-totals">
        Planned {minutesText(totals.plannedMin)} in {totals.sessionsPlanned}{' '}
        {totals.sessionsPlanned === 1 ? 'session' : 'sessions'}
        {compliance && totals.inProgress
          ? ` · done so far ${minutesText(totals.doneMin)}, ${totals.sessionsDone} of ${totals.sessionsPlanned}`
          : compliance
            ? ` · done ${minutesText(totals.doneMin)}, ${totals.sessionsDone} of ${totals.sessionsPlanned}${compliance.timePct === null ? '' : ` (${compliance.timePct} %)`}`
            : ''}
      </p>
      {compliance && !totals.inProgress ? (
        <p className={`text-sm ${BAND_TONE[compliance.band ?? 'partly']}`}>{compliance.message}</p>
      ) : null}
    </div>
  );
}
