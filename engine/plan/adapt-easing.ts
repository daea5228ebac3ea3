import { isHard } from '../workout/hard-sessions.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import {
  dayAndSession,
  round5,
  sessionLabel,
  shortened,
  steady,
  weekdayName,
  type EasyTargets,
} from './adapt-sessions.ts';
import { addDays } from './calendar-date.ts';
import { ChangeSet } from './plan-changes.ts';

/**
 * Low readiness or illness eases every affected day, not just the next hard one, and says which.
 * The affected days run from today for as many days as readiness has been low in a row, at least
 * two (keep it easy) or three (rest or very easy), at most a week: the common return-to-training
 * advice after illness is at least as many easy days as days ill. On those days:
 * - keep it easy: hard sessions become easy ones of 80 % of the time, the long one keeps 75 %;
 * - rest or very easy: hard sessions become recovery of half the time, the long one an easy
 *   session of half, easy sessions recovery of 60 %.
 */
export type Advice = 'asPlanned' | 'keepItEasy' | 'restOrVeryEasy';
export type ReadinessDay = { date: string; score: number | null; advice: Advice | null };

export type Easing = {
  severity: 'keepItEasy' | 'restOrVeryEasy';
  lowDays: number;
  score: number | null;
  dates: string[];
};

const isLow = (a: Advice | null | undefined): a is Easing['severity'] =>
  a === 'keepItEasy' || a === 'restOrVeryEasy';
const MAX_EASED_DAYS = 7;

/** Consecutive low-readiness days ending today, today's readiness included. */
function lowStreak(today: string, history: ReadinessDay[]): number {
  const byDate = new Map(history.map((d) => [d.date, d.advice]));
  let streak = 1;
  while (streak < 30 && isLow(byDate.get(addDays(today, -streak)))) streak++;
  return streak;
}

export function easingFor(
  today: string,
  readiness: { score: number | null; advice: Advice | null } | null,
  history: ReadinessDay[],
): Easing | null {
  if (!isLow(readiness?.advice)) return null;
  const severity = readiness!.advice as Easing['severity'];
  const lowDays = lowStreak(today, history);
  const span = Math.min(MAX_EASED_DAYS, Math.max(severity === 'restOrVeryEasy' ? 3 : 2, lowDays));
  const dates = Array.from({ length: span }, (_, i) => addDays(today, i));
  return { severity, lowDays, score: readiness!.score, dates };
}

function eased(w: PlannedWorkout, e: Easing, t: EasyTargets): PlannedWorkout | null {
  const rest = e.severity === 'restOrVeryEasy';
  if (isHard(w.type))
    return rest
      ? steady(w, 'recovery', round5(w.durationMin * 0.5), t)
      : steady(w, 'easy', round5(w.durationMin * 0.8), t);
  if (w.type === 'long')
    return rest ? steady(w, 'easy', round5(w.durationMin * 0.5), t) : shortened(w, 0.75, t);
  if (w.type === 'easy' && rest) return steady(w, 'recovery', round5(w.durationMin * 0.6), t);
  return null;
}

/** "Tuesday to Thursday". */
export const spanText = (dates: string[]): string =>
  dates.length === 1
    ? weekdayName(dates[0]!)
    : `${weekdayName(dates[0]!)} to ${weekdayName(dates.at(-1)!)}`;

export function easeDays(
  e: Easing,
  upcoming: PlannedWorkout[],
  targets: EasyTargets,
  changes: ChangeSet,
  notes: string[],
): void {
  const why =
    e.lowDays > 1
      ? `Readiness has been low for ${e.lowDays} days (${e.score ?? 'low'} today)`
      : `Readiness is ${e.score ?? 'low'} today`;
  const done: string[] = [];
  for (const w of upcoming.filter((x) => e.dates.includes(x.date))) {
    const after = eased(w, e, targets);
    if (!after) continue;
    const label = sessionLabel(after);
    const becomes = `${label === 'easy' ? 'an' : 'a'} ${label} session of ${after.durationMin} minutes`;
    const reason = `${why}, so ${dayAndSession(w)} becomes ${becomes} — your body absorbs the training better when it is fresh, and the harder work comes back soon.`;
    if (changes.propose(w, after, 'ease', reason))
      done.push(`${dayAndSession(w)} → ${after.durationMin} min ${sessionLabel(after)}`);
  }
  const span = `${e.dates.length} days, ${spanText(e.dates)}`;
  notes.push(
    done.length
      ? `${why}: the next ${span}, are kept easy — ${done.join('; ')}.`
      : `${why}: the next ${span}, hold nothing hard; keep them relaxed.`,
  );
}
