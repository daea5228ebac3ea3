'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { daysBetween, isIsoDate } from '@/engine/plan/calendar-date';
import { GOAL_IDS, goalSpec, type GoalId } from '@/engine/plan/goals';
import { MAX_PLAN_WEEKS } from '@/engine/plan/generate-plan';
import { today } from '@/lib/store/device-clock';
import type { SetupAnswers } from '@/lib/store/profile-schema';
import { StepFrame } from './step-frame';
import type { StepProps } from './step-props';

type Goal = NonNullable<SetupAnswers['goal']>;

const SPORT_NAMES = { run: 'Running', row: 'Rowing' } as const;

const goalLabel = (sport: Goal['sport'], id: GoalId) =>
  id === 'general-fitness' ? 'Just get fitter (no race)' : goalSpec(sport, id)!.choiceLabel;

function sportsOf(sports: SetupAnswers['sports']): Goal['sport'][] {
  return sports === 'run' ? ['run'] : sports === 'row' ? ['row'] : ['run', 'row'];
}

/** Why a race date cannot be planned for, or null when it can. */
function raceDateProblem(date: string): string | null {
  if (!isIsoDate(date)) return 'Pick the race date, or choose “just get fitter” for now.';
  const days = daysBetween(today(), date);
  if (days < 0) return 'That date has passed; pick the next race date.';
  if (days > MAX_PLAN_WEEKS * 7)
    return 'That is more than a year away. Choose “just get fitter” for now and make a race plan nearer the time.';
  return null;
}

/** Step 2: the goal (a race and its date, or just fitter). */
export function StepGoal(props: StepProps) {
  const { answers } = props;
  const [goal, setGoal] = useState<Goal | null>(answers.goal);
  const [error, setError] = useState<string | null>(null);
  const racing = goal !== null && goal.id !== 'general-fitness';
  return (
    <StepFrame
      title="What are you training for?"
      intro="A race gives the plan a shape; “just get fitter” builds steadily for 12 weeks."
      focusOnShow={props.focusOnShow}
      error={error}
      onContinue={(form) => {
        if (!goal) return props.next();
        const raceDate = racing ? String(new FormData(form).get('raceDate') ?? '') : null;
        const problem = raceDate === null ? null : raceDateProblem(raceDate);
        if (problem) return setError(problem);
        props.next({ goal, raceDate });
      }}
      onSkip={props.skip}
      onBack={props.back}
    >
      {sportsOf(answers.sports).map((sport) => (
        <fieldset key={sport} className="grid gap-1">
          <legend className="mb-1 text-sm font-medium">{SPORT_NAMES[sport]}</legend>
          {GOAL_IDS[sport].map((id) => (
            <label key={id} className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name="goal"
                className="size-5"
                checked={goal?.sport === sport && goal.id === id}
                onChange={() => {
                  setGoal({ sport, id });
                  setError(null);
                }}
              />
              {goalLabel(sport, id)}
            </label>
          ))}
        </fieldset>
      ))}
      {racing ? (
        <div className="max-w-xs">
          <Field
            label="Race date"
            name="raceDate"
            type="date"
            min={today()}
            defaultValue={answers.raceDate ?? ''}
            hint="Not sure yet? Choose “just get fitter” and make a race plan later."
          />
        </div>
      ) : null}
    </StepFrame>
  );
}
