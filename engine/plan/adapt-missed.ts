import { isHard } from '../workout/hard-sessions.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import { sessionLabel, weekdayName } from './adapt-sessions.ts';
import { addDays } from './calendar-date.ts';
import { matchActivities, type DoneActivity } from './match-activities.ts';
import { applyChanges, ChangeSet } from './plan-changes.ts';
import { findSlot, roomFromPlan, type DayRoom, type NoSlot } from './reschedule-missed.ts';

/**
 * A key session that did not happen in the last 7 days moves to a later day of its own plan week
 * with room and nothing hard (or long, for a hard one) either side, taking the place of an easy
 * session if need be — the rule is in reschedule-missed.ts. While days are being eased (low
 * readiness, a high load ratio, a re-entry week) it is let go, and the note says why and which days.
 */
export type Holding = { kind: 'easing' | 'ratio' | 'reentry'; span: string } | null;

const LET_GO: Record<NoSlot, string> = {
  weekOver: 'its week is over, and next week brings its own key sessions',
  noRoom:
    'no later day this week has room for it without two hard days back to back or a hard day beside the long one, and rest is part of training too',
};

function holdingText(h: NonNullable<Holding>): string {
  if (h.kind === 'easing') return `the next days, ${h.span}, are kept easy so you can recover`;
  if (h.kind === 'reentry') return `this week, ${h.span}, is a re-entry week`;
  return `this week, ${h.span}, is trimmed while your load settles`;
}

export type MissedInput = {
  workouts: PlannedWorkout[];
  done: DoneActivity[];
  today: string;
  weekStart: string;
  availability?: DayRoom[];
};

export function moveMissed(
  input: MissedInput,
  holding: Holding,
  changes: ChangeSet,
  notes: string[],
): void {
  // Only the last week matters for sessions that did not happen, so only it is paired.
  const weekAgo = addDays(input.today, -7);
  const recent = input.workouts.filter((w) => w.date >= weekAgo && w.date < input.today);
  const recentDone = input.done.filter(
    (a) => a.date >= addDays(weekAgo, -1) && a.date <= input.today,
  );
  const matches = matchActivities(recent, recentDone);
  const notDone = recent.filter((w) => !matches.has(w.id) && w.type !== 'race');
  const room = input.availability ?? roomFromPlan(input.workouts);
  const doneDates = new Set(input.done.map((a) => a.date));
  for (const w of notDone.filter((m) => m.key && ChangeSet.editable(m))) {
    const intro = `${weekdayName(w.date)}'s ${sessionLabel(w)} did not happen`;
    const pending = changes.list();
    const projected = applyChanges(input.workouts, pending, new Set(pending.map((c) => c.id)));
    const slot = holding
      ? null
      : findSlot({
          missed: w,
          workouts: projected,
          today: input.today,
          weekStart: input.weekStart,
          room,
          doneDates,
        });
    if (slot === null || typeof slot === 'string') {
      const why = slot === null ? holdingText(holding!) : LET_GO[slot];
      notes.push(`${intro} — no problem, we let it go: ${why}.`);
      continue;
    }
    const day = weekdayName(slot.date);
    const why = isHard(w.type)
      ? 'so no two hard days fall back to back and the long session keeps a fresh day before it'
      : 'so it does not crowd a hard day';
    const swap = slot.replaces
      ? `, in place of the ${slot.replaces.durationMin}-minute ${slot.replaces.type} session, which makes way`
      : '';
    changes.propose(
      w,
      { ...w, id: `${slot.date}-${w.sport}-${w.type}`, date: slot.date },
      'move',
      `${intro}, so it moves to ${day}${swap}: ${day} has room for it and no hard session the day before or after, ${why}.`,
      slot.replaces?.id,
    );
  }
  if (notDone.some((m) => !m.key))
    notes.push(
      'Easy sessions that did not happen are simply let go; consistency over weeks is what counts.',
    );
}
