'use client';

import { Field } from '@/components/ui/field';
import { WEEKDAYS } from '@/engine/plan/calendar-date';
import { GOAL_IDS, goalSpec, type GoalId } from '@/engine/plan/goals';
import { formatClock } from '@/engine/units/clock';
import { selectClass, WEEKDAY_LABELS } from './day-fields';

type Sport = 'run' | 'row';

/** The goals the engine plans for, in its order, with the engine's menu labels. */
const goals = Object.fromEntries(
  (['run', 'row'] as const).map((sport) => [
    sport,
    GOAL_IDS[sport].map((id) => [id, goalSpec(sport, id)!.choiceLabel] as const),
  ]),
) as Record<Sport, (readonly [GoalId, string])[]>;

/** Running or rowing; the caller resets the goal to the sport's first race. */
export function SportChoice({ sport, onSport }: { sport: Sport; onSport: (s: Sport) => void }) {
  return (
    <fieldset className="flex gap-4">
      <legend className="text-sm font-medium">Sport</legend>
      {(['run', 'row'] as const).map((s) => (
        <label key={s} className="flex items-center gap-2">
          <input type="radio" name="sport" checked={sport === s} onChange={() => onSport(s)} />
          {s === 'run' ? 'Running' : 'Rowing'}
        </label>
      ))}
    </fieldset>
  );
}

export function GoalField(props: { sport: Sport; goal: string; onGoal: (g: string) => void }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      Goal
      <select
        name="goal"
        value={props.goal}
        onChange={(e) => props.onGoal(e.currentTarget.value)}
        className={selectClass}
      >
        {goals[props.sport].map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ExperienceField() {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      Experience
      <select name="experience" defaultValue="intermediate" className={selectClass}>
        <option value="beginner">New to structured training</option>
        <option value="intermediate">Some seasons behind me</option>
        <option value="advanced">Experienced</option>
      </select>
    </label>
  );
}

/** The long session's day and a recent best, filled from Settings when it holds one. */
export function LongDayAndBest({
  sport,
  best,
}: {
  sport: Sport;
  best: { distanceM: number; timeS: number } | null;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <label className="flex flex-col gap-1 text-sm font-medium">
        Long session on
        <select name="longDay" defaultValue="sun" className={selectClass}>
          <option value="">No preference</option>
          {WEEKDAYS.map((day) => (
            <option key={day} value={day}>
              {WEEKDAY_LABELS[day]}
            </option>
          ))}
        </select>
      </label>
      <Field
        key={`best-distance-${sport}-${best?.distanceM ?? ''}`}
        label="A recent best: distance (m)"
        name="bestDistanceM"
        type="number"
        min={100}
        defaultValue={best?.distanceM ?? ''}
        hint={sport === 'row' ? 'e.g. 2000' : 'e.g. 5000'}
      />
      <Field
        key={`best-time-${sport}-${best?.timeS ?? ''}`}
        label="…and its time"
        name="bestTime"
        type="text"
        placeholder="m:ss"
        defaultValue={best ? formatClock(best.timeS) : ''}
        hint={
          best
            ? `Your best ${sport === 'row' ? '2k' : '5 km'} from Settings; paces come from it.`
            : 'Optional; paces come from it.'
        }
      />
    </div>
  );
}
