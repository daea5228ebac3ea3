'use client';

import { formatDay } from '@/lib/format/dates';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { PlanChange } from '@/engine/plan/adapt-plan';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { QueryProblem } from '@/components/ui/query-problem';
import { useReadiness } from '@/lib/queries/use-readiness';
import { latestDay } from '@/lib/store/index-queries';
import type { PlanEditor, StoredPlan } from '@/lib/store/plan-doc';
import { deviceTimeZone, today } from '@/lib/store/device-clock';
import { useActivities } from '@/lib/store/use-activities';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { getEngine } from '@/lib/worker/engine-client';
import { doneActivities } from '@/lib/worker/engine-inputs';

/** The engine proposes; the athlete decides. Each change carries its reason. */
export function AdaptationPanel({ plan, editor }: { plan: StoredPlan; editor: PlanEditor }) {
  const { activities } = useActivities();
  const readiness = useReadiness().data ?? null;
  const day = useIndexQuery(latestDay, null);
  const [changes, setChanges] = useState<PlanChange[] | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [message, setMessage] = useState('');

  const check = useMutation({
    mutationFn: () =>
      getEngine().adaptPlan({
        workouts: plan.workouts.map(({ status: _s, notes: _n, ...w }) => w),
        done: doneActivities(activities, deviceTimeZone()),
        today: today(),
        readiness: readiness ? { score: readiness.score, advice: readiness.advice } : null,
        acwr: day?.acwr ?? null,
      }),
    onSuccess: (adaptation) => {
      setChanges(adaptation.changes);
      setNotes(adaptation.notes);
      setMessage(
        adaptation.changes.length === 0
          ? 'No changes needed: the coming days fit how you are doing.'
          : '',
      );
    },
  });

  const decide = (change: PlanChange, accept: boolean) => {
    if (accept) {
      const outcome = editor.applyAdaptedWorkout(change.after);
      setMessage(
        outcome === 'locked'
          ? 'You edited that workout yourself, so it stays as you set it.'
          : `Updated: ${change.after.title} on ${formatDay(change.after.date)}.`,
      );
    } else {
      setMessage(`Kept ${change.before.title} as planned.`);
    }
    setChanges((list) => (list ?? []).filter((c) => c.id !== change.id));
  };

  return (
    <Card title="Adjust the coming days">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        Splits looks at what you have done, how ready you are and your recent load, and suggests
        changes. Nothing changes unless you accept it; workouts you edited are never touched.
      </p>
      <Button variant="secondary" disabled={check.isPending} onClick={() => check.mutate()}>
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
      {notes.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {changes && changes.length > 0 ? (
        <ul className="mt-3 grid gap-3" aria-label="Proposed changes">
          {changes.map((change) => (
            <li
              key={change.id}
              className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
            >
              <p className="font-medium">
                {change.before.title} ({formatDay(change.before.date)}, {change.before.durationMin}{' '}
                min) → {change.after.title} ({formatDay(change.after.date)},{' '}
                {change.after.durationMin} min)
              </p>
              <p className="text-sm">{change.reason}</p>
              <div className="mt-2 flex gap-2">
                <Button onClick={() => decide(change, true)}>Accept</Button>
                <Button variant="secondary" onClick={() => decide(change, false)}>
                  Decline
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
