import { isHard } from '../workout/hard-sessions.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import { dayAndSession, round5, shortened, steady, type EasyTargets } from './adapt-sessions.ts';
import { addDays, daysBetween } from './calendar-date.ts';
import type { DoneActivity } from './match-activities.ts';
import type { ChangeSet } from './plan-changes.ts';

/**
 * After a week or more away from training (at least two planned sessions in the gap since the last
 * logged activity; with none ever logged nothing is assumed), the coming
 * week is a re-entry week instead of picking up where the plan stands: at about 75 % after one to
 * two weeks away, 50 % after longer, with no hard sessions — the lighter-first return Daniels
 * describes for breaks of more than a few days ("Daniels' Running Formula", 3rd ed. 2014, on
 * time off). The percentages are this app's convention.
 */
export const REENTRY_GAP_DAYS = 7;

export type Reentry = { gapDays: number; factor: number; dates: string[] };

export function reentryFor(
  workouts: PlannedWorkout[],
  done: DoneActivity[],
  today: string,
): Reentry | null {
  const sport = workouts[0]?.sport;
  const before = workouts.filter((w) => w.date < today && w.type !== 'race');
  if (!sport || before.length === 0) return null;
  const last = done
    .filter((a) => a.sport === sport && a.date < today)
    .reduce<string | null>((m, a) => (m === null || a.date > m ? a.date : m), null);
  // With nothing ever logged there is no telling a break from an athlete who does not log.
  if (last === null) return null;
  const from = addDays(last, 1);
  const gapDays = daysBetween(from, today);
  const plannedInGap = before.filter((w) => w.date >= from).length;
  if (gapDays < REENTRY_GAP_DAYS || plannedInGap < 2) return null;
  const factor = gapDays >= 2 * REENTRY_GAP_DAYS ? 0.5 : 0.75;
  return { gapDays, factor, dates: Array.from({ length: 7 }, (_, i) => addDays(today, i)) };
}

export function reenter(
  r: Reentry,
  upcoming: PlannedWorkout[],
  targets: EasyTargets,
  changes: ChangeSet,
  notes: string[],
): void {
  const pct = Math.round(r.factor * 100);
  const why = `After ${r.gapDays} days away from training — welcome back — this is a re-entry week at about ${pct} % with nothing hard, so you pick the plan up without a jump`;
  const eased: string[] = [];
  for (const w of upcoming.filter((x) => r.dates.includes(x.date) && !changes.has(x.id))) {
    const after = isHard(w.type)
      ? steady(w, 'easy', round5(w.durationMin * r.factor), targets)
      : shortened(w, r.factor, targets);
    if (after.durationMin >= w.durationMin && !isHard(w.type)) continue;
    if (
      changes.propose(
        w,
        after,
        isHard(w.type) ? 'ease' : 'shorten',
        `${why}: ${dayAndSession(w)} becomes ${after.durationMin} minutes ${after.type === 'long' ? 'long and steady' : 'easy'}.`,
      )
    )
      eased.push(dayAndSession(w));
  }
  notes.push(`${why}.${eased.length ? ` Eased: ${eased.join(', ')}.` : ''}`);
}
