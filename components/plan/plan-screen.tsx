'use client';

import { useState } from 'react';
import { SharePlanLink } from '@/components/sharing/share-plan-link';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { usePlan } from '@/lib/store/use-plan';
import { usePlanList } from '@/lib/store/use-profile';
import { AdaptationPanel } from './adaptation-panel';
import { PlanCreateForm } from './plan-create-form';
import { PlanView } from './plan-view';

export function PlanScreen() {
  const plans = usePlanList();
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const planId = chosen ?? plans[0]?.id ?? null;
  const { plan, editor } = usePlan(creating ? null : planId);

  return (
    <div>
      <PageHeader title="Plan">
        A plan around your goal and your week, that adapts with you.
      </PageHeader>
      {plans.length > 1 && !creating ? (
        <label className="mb-4 flex flex-col gap-1 text-sm font-medium">
          Plan
          <select
            value={planId ?? ''}
            onChange={(e) => setChosen(e.currentTarget.value)}
            className="max-w-sm rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
          >
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {creating || planId === null ? (
        <div className="grid gap-3">
          <PlanCreateForm
            onCreated={(id) => {
              setChosen(id);
              setCreating(false);
            }}
          />
          {planId !== null ? (
            <Button variant="secondary" onClick={() => setCreating(false)}>
              Back to my plan
            </Button>
          ) : null}
        </div>
      ) : editor ? (
        <div className="grid gap-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-xl font-semibold">{plan.meta.title}</h2>
            <SharePlanLink />
            <Button variant="secondary" onClick={() => setCreating(true)}>
              Make another plan
            </Button>
          </div>
          <p className="text-sm">
            {plan.meta.raceDate
              ? `Race day: ${plan.meta.raceDate}.`
              : 'No race date: building general fitness.'}
          </p>
          <AdaptationPanel plan={plan} editor={editor} />
          <PlanView plan={plan} editor={editor} />
        </div>
      ) : (
        <p role="status">Loading your plan…</p>
      )}
    </div>
  );
}
