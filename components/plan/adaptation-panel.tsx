'use client';

import { addDays } from '@/engine/plan/calendar-date';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { QueryProblem } from '@/components/ui/query-problem';
import { formatDay } from '@/lib/format/dates';
import type { PlanDone } from '@/lib/plans/plan-activities';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { PlanEditor } from '@/lib/store/plan-editor';
import type { Units } from '@/lib/store/profile-schema';
import { lockSetter } from '@/lib/plans/lock-words';
import { ChangeItem } from './change-item';
import { usePlanReader } from './plan-reader';
import { ResultForm } from './result-form';
import { HORIZON_DAYS, useAdaptation } from './use-adaptation';
import type { Announce } from './workout-status';
import { workoutName } from './workout-text';
import { tallOnTouch } from './touch';

/** Locked workouts in the days being revised: kept as the person set them, and said so. */
function KeptList({ plan, today }: { plan: StoredPlan; today: string }) {
  const reader = usePlanReader();
  const end = addDays(today, HORIZON_DAYS - 1);
  const kept = plan.workouts.filter((w) => w.locked && w.date >= today && w.date <= end);
  if (kept.length === 0) return null;
  return (
    <ul className="mt-2 text-sm" aria-label="Kept as set">
      {kept.map((w) => (
        <li key={w.id}>
          Kept: {lockSetter(w.lockedBy, reader)} set this — {workoutName(w)},{' '}
          {formatDay(w.date, { weekday: 'long' })}.
        </li>
      ))}
    </ul>
  );
}

/** The engine proposes; the athlete decides. Each change carries its reason. */
export function AdaptationPanel(props: {
  plan: StoredPlan;
  editor: PlanEditor;
  units: Units;
  today: string;
  done: readonly PlanDone[];
  announce: Announce;
}) {
  const { check, waiting, result, message, decide } = useAdaptation(props);
  return (
    <Card title="Adjust the coming days">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        Splits looks at what you have done, how ready you have been, your recent load and any new
        result, and suggests changes. Nothing changes unless you accept it; workouts you set are
        kept.
      </p>
      <Button
        className={tallOnTouch}
        variant="secondary"
        disabled={check.isPending || waiting}
        onClick={() => check.mutate()}
      >
        {check.isPending ? 'Checking…' : 'Check the coming days'}
      </Button>
      {check.isError ? (
        <QueryProblem
          what="Changes to the coming days"
          error={check.error}
          retry={() => check.mutate()}
        />
      ) : null}
      <p role="status" className="mt-2 text-sm">
        {message}
      </p>
      {result?.paceUpdate ? (
        <p className="mt-2 text-sm font-medium">{result.paceUpdate.text}</p>
      ) : null}
      {result && result.notes.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm" aria-label="What the check found">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {result && result.changes.length > 0 ? (
        <ul className="mt-3 grid gap-3" aria-label="Proposed changes">
          {result.changes.map((change) => (
            <ChangeItem key={change.id} change={change} units={props.units} decide={decide} />
          ))}
        </ul>
      ) : null}
      {result ? <KeptList plan={props.plan} today={props.today} /> : null}
      <ResultForm plan={props.plan} editor={props.editor} today={props.today} />
    </Card>
  );
}
