import type { PlannedWorkout } from '../workout/types.ts';
import { addDays } from './calendar-date.ts';
import { matchActivities, type DoneActivity } from './match-activities.ts';

/**
 * Weekly compliance: planned against done, by time and by load. Bands follow TrainingPeaks'
 * completed/planned duration colours (within ±20 %; 50–79 % or 121–150 %; otherwise), but named and
 * worded without judgement: a week that went differently is information, not a failure
 * (the "green box tyranny" critique, SCIENCE.md §4).
 */
export type ComplianceBand = 'onTrack' | 'partly' | 'different';

export type WeekCompliance = {
  weekStart: string;
  plannedMin: number;
  doneMin: number;
  plannedLoad: number;
  doneLoad: number;
  /** Done as a share of planned, percent; null when nothing was planned. */
  timePct: number | null;
  loadPct: number | null;
  band: ComplianceBand | null;
  sessionsPlanned: number;
  sessionsDone: number;
  message: string;
};

export function complianceBand(pct: number): ComplianceBand {
  if (pct >= 80 && pct <= 120) return 'onTrack';
  if (pct >= 50 && pct <= 150) return 'partly';
  return 'different';
}

const MESSAGES: Record<ComplianceBand, string> = {
  onTrack: 'Right in line with the plan — nicely done.',
  partly: 'Part of the plan happened; the plan adapts to what you did.',
  different: 'This week went its own way. That happens; the next days adjust around it.',
};

export function weeklyCompliance(
  workouts: PlannedWorkout[],
  done: DoneActivity[],
  weekStart: string,
): WeekCompliance {
  const end = addDays(weekStart, 6);
  const inWeek = <T extends { date: string }>(x: T) => x.date >= weekStart && x.date <= end;
  const planned = workouts.filter(inWeek);
  const doneInWeek = done.filter(inWeek);
  const matches = matchActivities(planned, doneInWeek);
  const plannedMin = planned.reduce((s, w) => s + w.durationMin, 0);
  const plannedLoad = planned.reduce((s, w) => s + w.plannedLoad, 0);
  const doneMin = doneInWeek.reduce((s, a) => s + a.durationMin, 0);
  const doneLoad = doneInWeek.reduce((s, a) => s + (a.load ?? 0), 0);
  const timePct = plannedMin > 0 ? (100 * doneMin) / plannedMin : null;
  const loadPct = plannedLoad > 0 ? (100 * doneLoad) / plannedLoad : null;
  const band = timePct === null ? null : complianceBand(timePct);
  return {
    weekStart,
    plannedMin,
    doneMin: Math.round(doneMin),
    plannedLoad: Math.round(plannedLoad),
    doneLoad: Math.round(doneLoad),
    timePct: timePct === null ? null : Math.round(timePct),
    loadPct: loadPct === null ? null : Math.round(loadPct),
    band,
    sessionsPlanned: planned.length,
    sessionsDone: matches.size,
    message:
      band === null
        ? 'Nothing was planned this week — anything you did is a bonus.'
        : MESSAGES[band],
  };
}
