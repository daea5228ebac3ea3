'use client';

import { StepFrame } from './step-frame';
import type { StepProps } from './step-props';

const SPORTS = [
  { value: 'run', label: 'Running' },
  { value: 'row', label: 'Rowing', hint: 'indoor or on the water' },
  { value: 'both', label: 'Both' },
] as const;

/** Step 1: the sports, and the units every figure is shown in. */
export function StepSports(props: StepProps) {
  const { answers, profile } = props;
  return (
    <StepFrame
      title="What do you train?"
      intro="Splits plans, records and analyses running and rowing. Pick what you do; you can change it later."
      focusOnShow={props.focusOnShow}
      onContinue={(form) => {
        const data = new FormData(form);
        const sports = data.get('sports');
        const units = data.get('units');
        if (units === 'metric' || units === 'imperial') props.setField('units', units);
        props.next(
          sports === 'run' || sports === 'row' || sports === 'both' ? { sports } : undefined,
        );
      }}
      onSkip={props.skip}
      onBack={props.back}
    >
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">I train</legend>
        {SPORTS.map((s) => (
          <label key={s.value} className="flex min-h-12 items-center gap-3">
            <input
              type="radio"
              name="sports"
              value={s.value}
              defaultChecked={answers.sports === s.value}
              className="size-5"
            />
            <span>
              {s.label}
              {'hint' in s ? (
                <span className="text-sm text-slate-600 dark:text-slate-300"> ({s.hint})</span>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Units</legend>
        {(['metric', 'imperial'] as const).map((units) => (
          <label key={units} className="flex min-h-12 items-center gap-3">
            <input
              type="radio"
              name="units"
              value={units}
              defaultChecked={profile.units === units}
              className="size-5"
            />
            {units === 'metric' ? 'Metric (km, m)' : 'Imperial (miles, feet)'}
          </label>
        ))}
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Rowing stays in metres and splits per 500 m either way.
        </p>
      </fieldset>
    </StepFrame>
  );
}
