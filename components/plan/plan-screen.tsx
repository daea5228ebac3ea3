'use client';

import { useCallback, useState } from 'react';
import { useReader } from '@/components/comments/use-reader';
import { PlanTogetherProvider } from '@/components/presence/plan-together';
import { SharePlanLink } from '@/components/sharing/share-plan-link';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { addDays } from '@/engine/plan/calendar-date';
import { usePlanDone } from '@/lib/plans/use-plan-done';
import { useAthleteId } from '@/lib/store/current-athlete';
import { today as todayOnDevice } from '@/lib/store/device-clock';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { PlanEditor, PlanUndo } from '@/lib/store/plan-editor';
import { usePlan, usePlans, type OpenPlan } from '@/lib/store/use-plan';
import { useSession } from '@/lib/sync/session';
import { usePlanList, useProfile } from '@/lib/store/use-profile';
import { AdaptationPanel } from './adaptation-panel';
import { PlanCalendar } from './plan-calendar';
import { PlanCreateForm } from './plan-create-form';
import { PlanHeader } from './plan-header';
import { AHEAD_DAYS, SameDayHardWarning } from './same-day-warning';
import { UndoBar, type LastAction } from './undo-bar';
import type { Announce } from './workout-status';
import { tallOnTouch } from './touch';

/** Which of the athlete's plans to show, when there is more than one. */
function PlanPicker(props: {
  plans: readonly { id: string; title: string }[];
  planId: string | null;
  onPick: (id: string) => void;
}) {
  return (
    <label className="mb-4 flex flex-col gap-1 text-sm font-medium">
      Plan
      <select
        value={props.planId ?? ''}
        onChange={(e) => props.onPick(e.currentTarget.value)}
        className="max-w-sm rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      >
        {props.plans.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The plan form, with a way back to the plan there is. */
function PlanMaking(props: {
  hasPlan: boolean;
  onCreated: (id: string) => void;
  onBack: () => void;
}) {
  return (
    <div className="grid gap-3">
      <PlanCreateForm onCreated={props.onCreated} />
      {props.hasPlan ? (
        <Button className={tallOnTouch} variant="secondary" onClick={props.onBack}>
          Back to my plan
        </Button>
      ) : null}
    </div>
  );
}

/** The open plan: its header, the calendar and the adaptation panel, shared live when signed in. */
function PlanBody(props: {
  planId: string;
  plan: StoredPlan;
  editor: PlanEditor;
  all: OpenPlan[];
  today: string;
  announce: Announce;
  onCreate: () => void;
  onLast: (last: LastAction) => void;
}) {
  const { planId, plan, editor, all, today, announce } = props;
  const { profile } = useProfile();
  const { done } = usePlanDone();
  const session = useSession();
  const reader = useReader();
  const ownerId = useAthleteId();
  const body = (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xl font-semibold">{plan.meta.title}</h2>
        <SharePlanLink />
        <Button className={tallOnTouch} variant="secondary" onClick={() => props.onCreate()}>
          Make another plan
        </Button>
      </div>
      <PlanHeader meta={plan.meta} />
      <SameDayHardWarning
        plans={all}
        today={today}
        until={addDays(today, AHEAD_DAYS)}
        announce={(message, undo) => props.onLast({ message, undo })}
      />
      <PlanCalendar
        key={planId}
        plan={plan}
        editor={editor}
        units={profile.units}
        firstDay={profile.weekStartsOn}
        today={today}
        done={done}
        announce={announce}
      />
      <AdaptationPanel
        plan={plan}
        editor={editor}
        units={profile.units}
        today={today}
        done={done}
        announce={announce}
      />
    </div>
  );
  if (!session || !reader || !ownerId) return body;
  return (
    <PlanTogetherProvider ownerId={ownerId} planId={planId} plan={plan} reader={reader}>
      {body}
    </PlanTogetherProvider>
  );
}

export function PlanScreen() {
  const plans = usePlanList();
  const { ready } = useProfile();
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [last, setLast] = useState<LastAction | null>(null);
  const planId = chosen ?? plans[0]?.id ?? null;
  const { plan, editor } = usePlan(creating ? null : planId);
  const all = usePlans(plans.map((p) => p.id));
  const today = todayOnDevice();
  const announce = useCallback(
    (message: string, undo: PlanUndo | null) =>
      setLast({ message, undo: undo && editor ? () => editor.undo(undo) : null }),
    [editor],
  );

  return (
    <div>
      <PageHeader title="Plan">
        A plan around your goal and your week, that adapts with you.
      </PageHeader>
      {plans.length > 1 && !creating ? (
        <PlanPicker plans={plans} planId={planId} onPick={setChosen} />
      ) : null}
      {!ready ? (
        <p role="status">Loading your plans…</p>
      ) : creating || planId === null ? (
        <PlanMaking
          hasPlan={planId !== null}
          onCreated={(id) => {
            setChosen(id);
            setCreating(false);
          }}
          onBack={() => setCreating(false)}
        />
      ) : editor ? (
        <PlanBody
          planId={planId}
          plan={plan}
          editor={editor}
          all={all}
          today={today}
          announce={announce}
          onCreate={() => setCreating(true)}
          onLast={setLast}
        />
      ) : (
        <p role="status">Loading your plan…</p>
      )}
      <UndoBar action={last} onDone={() => setLast(null)} />
    </div>
  );
}
