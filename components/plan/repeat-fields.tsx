'use client';

import { emptyStep, stepLabel, type DraftBlock } from '@/lib/plans/step-draft';
import type { Units } from '@/lib/store/profile-schema';
import { StepFields } from './step-fields';

type Repeat = Extract<DraftBlock, { type: 'repeat' }>;

/** A repeat: how many times, and the steps (work, rest) done each time. */
export function RepeatFields({
  block: b,
  index: i,
  units,
  sport,
  onChange,
  onRemove,
}: {
  block: Repeat;
  index: number;
  units: Units;
  sport: 'run' | 'row';
  onChange: (b: Repeat) => void;
  onRemove: () => void;
}) {
  return (
    <fieldset className="grid gap-2 rounded-md border-2 border-dashed border-slate-300 p-2 dark:border-slate-600">
      <legend className="px-1 text-sm font-medium">Repeat {i + 1}</legend>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="flex items-center gap-2">
          Times
          <input
            aria-label={`Repeat ${i + 1}: times`}
            value={b.count}
            inputMode="numeric"
            onChange={(e) => onChange({ ...b, count: e.currentTarget.value })}
            className="w-16 rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
        <button
          type="button"
          onClick={() => onChange({ ...b, steps: [...b.steps, emptyStep('rest')] })}
          className="rounded px-2 py-1 text-link underline"
        >
          Add a step to repeat {i + 1}
        </button>
        <button type="button" onClick={onRemove} className="ml-auto rounded px-2 py-1 underline">
          Remove repeat {i + 1}
        </button>
      </div>
      {b.steps.map((s, j) => (
        <StepFields
          key={j}
          step={s}
          label={stepLabel(i, j)}
          units={units}
          sport={sport}
          onChange={(step) =>
            onChange({ ...b, steps: b.steps.map((x, k) => (k === j ? step : x)) })
          }
          onRemove={() => onChange({ ...b, steps: b.steps.filter((_, k) => k !== j) })}
        />
      ))}
    </fieldset>
  );
}
