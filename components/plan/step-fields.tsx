'use client';

import type { DraftStep, DraftTarget } from '@/lib/plans/step-draft';
import type { Units } from '@/lib/store/profile-schema';
import { TargetFields } from './target-fields';
import { STEP_NAMES } from './workout-text';

const selectClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950';

const LENGTH_KINDS: [DraftStep['lengthKind'], string][] = [
  ['time', 'min or m:ss'],
  ['distance', 'metres'],
  ['open', 'until Lap'],
];

/** What the step is, how long (minutes as 12 or 1:30, metres, or until Lap), and its removal. */
function StepLengthRow({
  step,
  label,
  onChange,
  onRemove,
}: {
  step: DraftStep;
  label: string;
  onChange: (s: DraftStep) => void;
  onRemove: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <select
        aria-label={`${label}: kind`}
        value={step.kind}
        onChange={(e) => onChange({ ...step, kind: e.currentTarget.value as DraftStep['kind'] })}
        className={selectClass}
      >
        {Object.entries(STEP_NAMES).map(([kind, name]) => (
          <option key={kind} value={kind}>
            {name}
          </option>
        ))}
      </select>
      {step.lengthKind === 'open' ? null : (
        <input
          aria-label={`${label}: length`}
          value={step.amount}
          inputMode="decimal"
          onChange={(e) => onChange({ ...step, amount: e.currentTarget.value })}
          className="w-20 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950"
        />
      )}
      <select
        aria-label={`${label}: length in`}
        value={step.lengthKind}
        onChange={(e) =>
          onChange({ ...step, lengthKind: e.currentTarget.value as DraftStep['lengthKind'] })
        }
        className={selectClass}
      >
        {LENGTH_KINDS.map(([kind, name]) => (
          <option key={kind} value={kind}>
            {name}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={onRemove}
        className="ml-auto rounded px-2 py-1 text-sm text-slate-600 underline hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-700"
      >
        Remove {label.toLowerCase()}
      </button>
    </div>
  );
}

/** One step: what it is, how long (time or distance), its targets and a short note. */
export function StepFields({
  step,
  label,
  units,
  sport,
  onChange,
  onRemove,
}: {
  step: DraftStep;
  label: string;
  units: Units;
  sport: 'run' | 'row';
  onChange: (s: DraftStep) => void;
  onRemove: () => void;
}) {
  const setTarget = (i: number, t: DraftTarget) =>
    onChange({ ...step, targets: step.targets.map((x, j) => (j === i ? t : x)) });
  const newTarget: DraftTarget = { kind: sport === 'row' ? 'split' : 'pace', low: '', high: '' };
  return (
    <fieldset className="grid gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">{label}</legend>
      <StepLengthRow step={step} label={label} onChange={onChange} onRemove={onRemove} />
      {step.targets.map((t, i) => (
        <TargetFields
          key={i}
          target={t}
          label={`${label} target ${i + 1}`}
          units={units}
          onChange={(x) => setTarget(i, x)}
          onRemove={() => onChange({ ...step, targets: step.targets.filter((_, j) => j !== i) })}
        />
      ))}
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => onChange({ ...step, targets: [...step.targets, newTarget] })}
          className="rounded px-2 py-1 text-sm text-link underline"
        >
          Add a target to {label.toLowerCase()}
        </button>
        <input
          aria-label={`${label}: note`}
          placeholder="note (optional)"
          value={step.note}
          onChange={(e) => onChange({ ...step, note: e.currentTarget.value })}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950"
        />
      </div>
    </fieldset>
  );
}
