'use client';

import { Button } from '@/components/ui/button';
import { formatDistance } from '@/lib/format/units';
import { formatDay } from '@/lib/format/dates';
import { minutesText } from '@/lib/plans/minutes-text';
import { matchingActivity, type PlanDone } from '@/lib/plans/plan-activities';
import type { PlanEditor, PlanUndo } from '@/lib/store/plan-editor';
import type { Units } from '@/lib/store/profile-schema';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { workoutName } from './workout-text';
import { tallOnTouch } from './touch';

export type Announce = (message: string, undo: PlanUndo | null) => void;

function activityWords(a: PlanDone, units: Units): string {
  const sport = a.sport === 'row' ? 'row' : a.sport === 'run' ? 'run' : 'session';
  const distance =
    a.distanceM > 0
      ? `, ${formatDistance(a.distanceM, units, a.sport === 'row' ? 'rowing' : 'running')}`
      : '';
  return `your ${sport} on ${formatDay(a.date)} (${minutesText(a.durationMin)}${distance})`;
}

/** Done or skipped, in words, with the way back to planned. */
function StateRow({ text, back, onBack }: { text: string; back: string; onBack: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <p data-testid="workout-state">{text}</p>
      <Button variant="quiet" className={tallOnTouch} onClick={onBack}>
        {back}
      </Button>
    </div>
  );
}

/**
 * Done, skipped, or still to do. "Mark done" is offered from the workout's day on, never before,
 * and takes the activity that did it when one matches; every choice can be undone.
 */
export function WorkoutStatus({
  workout: w,
  workouts,
  done,
  today,
  units,
  editor,
  announce,
}: {
  workout: StoredWorkout;
  workouts: readonly StoredWorkout[];
  done: readonly PlanDone[];
  today: string;
  units: Units;
  editor: PlanEditor;
  announce: Announce;
}) {
  const name = workoutName(w);
  const linked = w.activityId ? done.find((a) => a.activityId === w.activityId) : undefined;
  const match =
    w.status === 'planned' && w.date <= today ? matchingActivity(w, workouts, done) : null;
  const set = (
    status: StoredWorkout['status'],
    message: string,
    activityId: string | null = null,
  ) => announce(message, editor.setWorkoutStatus(w.id, status, activityId));

  if (w.status === 'done')
    return (
      <StateRow
        text={`✓ Done${linked ? ` — ${activityWords(linked, units)}` : ''}.`}
        back="Not done after all"
        onBack={() => set('planned', `${name} is back to planned.`)}
      />
    );
  if (w.status === 'skipped')
    return (
      <StateRow
        text="Skipped. Rest is training too."
        back="Bring it back"
        onBack={() => set('planned', `${name} is back in the plan.`)}
      />
    );
  return (
    <div className="grid gap-2 text-sm">
      {match ? <p>Looks done: {activityWords(match, units)}.</p> : null}
      <div className="flex flex-wrap gap-2">
        {w.date <= today ? (
          <Button
            className={tallOnTouch}
            onClick={() =>
              set(
                'done',
                `${name} marked done${match ? ', with ' + activityWords(match, units) : ''}.`,
                match?.activityId ?? null,
              )
            }
          >
            Mark done
          </Button>
        ) : null}
        <Button
          variant="secondary"
          className={tallOnTouch}
          onClick={() => set('skipped', `${name} skipped.`)}
        >
          Skip
        </Button>
      </div>
    </div>
  );
}
