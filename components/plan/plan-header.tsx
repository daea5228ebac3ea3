import Link from 'next/link';
import { formatDay } from '@/lib/format/dates';
import type { PlanMeta } from '@/lib/store/workout-schema';
import { summaryOnTouch } from './touch';

const FEASIBILITY: Record<string, [string, string]> = {
  realistic: ['Realistic from where you are', 'text-emerald-800 dark:text-emerald-300'],
  stretch: ['A stretch goal', 'text-amber-800 dark:text-amber-300'],
  unrealistic: ['Not realistic yet', 'text-red-800 dark:text-red-300'],
};

/** Assumptions Settings can replace with the athlete's real value. */
const IN_SETTINGS = new Set([
  'best',
  'heartRateZones',
  'thresholdPaceSPerKm',
  'lthrBpm',
  'best2kS',
]);

/**
 * What the plan is, whether the goal is realistic from here, what to know before following it,
 * and every default it rests on, each with where to set the real value.
 */
export function PlanHeader({ meta }: { meta: PlanMeta }) {
  const feasibility = meta.feasibility ? FEASIBILITY[meta.feasibility.status] : undefined;
  return (
    <div className="grid gap-2">
      <p className="text-sm">
        {meta.raceDate
          ? `Race day: ${formatDay(meta.raceDate, { weekday: 'long' })}.`
          : 'No race date: building general fitness.'}
      </p>
      {meta.feasibility && feasibility ? (
        <div data-testid="plan-feasibility" className="text-sm">
          <p className={`font-medium ${feasibility[1]}`}>{feasibility[0]}</p>
          <p>{meta.feasibility.summary}</p>
        </div>
      ) : null}
      {meta.warnings.length > 0 ? (
        <div
          role="note"
          aria-label="Before you start"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-medium">Before you start</p>
          <ul className="mt-1 list-disc pl-5">
            {meta.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {meta.assumptions.length > 0 ? (
        <details className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
          <summary className={`${summaryOnTouch} cursor-pointer font-medium`}>
            What this plan assumes ({meta.assumptions.length})
          </summary>
          <ul className="mt-2 grid gap-2" aria-label="What this plan assumes">
            {meta.assumptions.map((a) => (
              <li key={a.field}>
                {a.text}{' '}
                {IN_SETTINGS.has(a.field) ? (
                  <Link href="/settings/" className="text-link underline">
                    Set your real value in Settings
                  </Link>
                ) : (
                  <span className="text-slate-600 dark:text-slate-300">
                    (Give your own figure when you make your next plan.)
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
