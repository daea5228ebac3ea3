'use client';

import type { DraftTarget } from '@/lib/plans/step-draft';
import type { Units } from '@/lib/store/profile-schema';
import { tallOnTouch } from './touch';

const inputClass =
  'w-20 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100';

export const TARGET_KINDS: [DraftTarget['kind'], string][] = [
  ['pace', 'Pace'],
  ['split', 'Split'],
  ['power', 'Power'],
  ['heartRateZone', 'Heart-rate zone'],
  ['strokeRate', 'Stroke rate'],
];

function unitOf(kind: DraftTarget['kind'], units: Units): string {
  if (kind === 'pace') return units === 'imperial' ? 'm:ss /mi' : 'm:ss /km';
  if (kind === 'split') return 'm:ss /500 m';
  if (kind === 'power') return 'W';
  if (kind === 'strokeRate') return 'spm';
  return '1–5';
}

/** One target of a step: its kind and its range, in the athlete's units. */
export function TargetFields({
  target,
  label,
  units,
  onChange,
  onRemove,
}: {
  target: DraftTarget;
  label: string;
  units: Units;
  onChange: (t: DraftTarget) => void;
  onRemove: () => void;
}) {
  const zone = target.kind === 'heartRateZone';
  return (
    <div className="flex flex-wrap items-center gap-1 text-sm">
      <select
        aria-label={`${label}: kind`}
        value={target.kind}
        onChange={(e) =>
          onChange({ kind: e.currentTarget.value as DraftTarget['kind'], low: '', high: '' })
        }
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
      >
        {TARGET_KINDS.map(([kind, name]) => (
          <option key={kind} value={kind}>
            {name}
          </option>
        ))}
      </select>
      <input
        aria-label={zone ? `${label}: zone` : `${label}: from`}
        value={target.low}
        inputMode={target.kind === 'pace' || target.kind === 'split' ? 'text' : 'numeric'}
        onChange={(e) => onChange({ ...target, low: e.currentTarget.value })}
        className={inputClass}
      />
      {zone ? null : (
        <>
          <span aria-hidden>–</span>
          <input
            aria-label={`${label}: to`}
            value={target.high}
            onChange={(e) => onChange({ ...target, high: e.currentTarget.value })}
            className={inputClass}
          />
        </>
      )}
      <span className="text-xs text-slate-600 dark:text-slate-300">
        {unitOf(target.kind, units)}
      </span>
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove ${label}`}
        className={`${tallOnTouch} min-w-11 rounded px-2 py-1 text-slate-600 hover:bg-slate-200 md:pointer-fine:min-w-0 dark:text-slate-300 dark:hover:bg-slate-700`}
      >
        ×
      </button>
    </div>
  );
}
