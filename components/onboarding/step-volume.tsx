'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { StepFrame } from './step-frame';
import type { StepProps } from './step-props';
import { planSport, useHistoryEstimates } from './use-history';

const EXPERIENCE = [
  { value: 'beginner', label: 'New to structured training' },
  { value: 'intermediate', label: 'A season or two of regular training' },
  { value: 'advanced', label: 'Years of structured training' },
] as const;

/** Step 4: how much the athlete trains now (never assumed to be zero) and their experience. */
export function StepVolume(props: StepProps) {
  const { answers } = props;
  const sport = planSport(answers);
  const history = useHistoryEstimates(sport).weeklyMin;
  const [error, setError] = useState<string | null>(null);
  const what = sport === 'run' ? 'running' : 'rowing';
  const hint =
    history === null
      ? `Add up a typical recent week: three 30-minute sessions is 90. Nothing lately? 0 is fine — the plan starts gently.`
      : `From your ${what} here: about ${history} min a week. Change it if that was not a typical week.`;
  return (
    <StepFrame
      title="How much do you train now?"
      intro="The plan starts from what you do today and builds from there, never in one jump."
      focusOnShow={props.focusOnShow}
      error={error}
      onContinue={(form) => {
        const data = new FormData(form);
        const text = String(data.get('weeklyMin') ?? '').trim();
        const minutes = Number(text);
        if (text === '' || !Number.isFinite(minutes) || minutes < 0 || minutes > 3000)
          return setError('Enter your minutes a week (0 is fine), or skip this for now.');
        const experience = data.get('experience');
        props.next({
          weeklyMin: Math.round(minutes),
          ...(experience === 'beginner' ||
          experience === 'intermediate' ||
          experience === 'advanced'
            ? { experience }
            : {}),
        });
      }}
      onSkip={props.skip}
      onBack={props.back}
    >
      <div className="max-w-xs">
        <Field
          label={`Minutes of ${what} a week, lately`}
          name="weeklyMin"
          type="number"
          inputMode="numeric"
          min={0}
          max={3000}
          defaultValue={answers.weeklyMin ?? history ?? ''}
          hint={hint}
        />
      </div>
      <fieldset className="grid gap-1">
        <legend className="mb-1 text-sm font-medium">Your experience</legend>
        {EXPERIENCE.map((e) => (
          <label key={e.value} className="flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name="experience"
              value={e.value}
              className="size-5"
              defaultChecked={answers.experience === e.value}
            />
            {e.label}
          </label>
        ))}
      </fieldset>
    </StepFrame>
  );
}
