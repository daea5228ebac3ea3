import { isHard } from '../workout/hard-sessions.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import { round5, shortened, steady, type EasyTargets } from './adapt-sessions.ts';
import { daysBetween } from './calendar-date.ts';
import type { ChangeSet } from './plan-changes.ts';

/**
 * An acute:chronic ratio above 1.5 (Williams EWMA; Gabbett 2016's "danger zone", disputed, so a
 * cue rather than a rule of law) trims the next 7 days by about a fifth: the first hard session
 * keeps its quality, the second becomes easy, the rest get shorter.
 */
export const ACWR_LIMIT = 1.5;
const TRIM = 0.8;

export function trimLoad(
  acwr: number,
  today: string,
  upcoming: PlannedWorkout[],
  targets: EasyTargets,
  changes: ChangeSet,
): void {
  const week = upcoming.filter((w) => daysBetween(today, w.date) < 7 && !changes.has(w.id));
  const hard = week.filter((w) => isHard(w.type) && w.type !== 'race');
  const reason = `Your recent load is climbing fast (acute:chronic ${acwr.toFixed(2)}); trimming this week by about a fifth keeps the build safe.`;
  for (const w of week) {
    if (w === hard[1])
      changes.propose(w, steady(w, 'easy', round5(w.durationMin * TRIM), targets), 'ease', reason);
    else if (!isHard(w.type)) changes.propose(w, shortened(w, TRIM, targets), 'shorten', reason);
  }
}
