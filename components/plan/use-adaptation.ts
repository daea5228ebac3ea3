'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Adaptation, PlanChange } from '@/engine/plan/adapt-plan';
import { formatDay } from '@/lib/format/dates';
import { adaptInput } from '@/lib/plans/adapt-inputs';
import type { PlanDone } from '@/lib/plans/plan-activities';
import { useReadiness } from '@/lib/queries/use-readiness';
import { useReadinessHistory } from '@/lib/queries/use-readiness-history';
import { latestDay } from '@/lib/store/index-queries';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { PlanEditor } from '@/lib/store/plan-editor';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { getEngine } from '@/lib/worker/engine-client';
import type { Announce } from './workout-status';
import { workoutName } from './workout-text';

export const HORIZON_DAYS = 10;

/**
 * Asks the engine for changes to the coming days with everything it takes (readiness and its
 * history, load ratio, results, the plan's paces) and applies the ones the athlete accepts, each
 * undoable; an accepted new pace also becomes the plan's pace basis. `waiting` is true until
 * today's readiness and its history are read.
 */
export function useAdaptation(c: {
  plan: StoredPlan;
  editor: PlanEditor;
  today: string;
  done: readonly PlanDone[];
  announce: Announce;
}) {
  const todayQuery = useReadiness();
  const history = useReadinessHistory();
  const readiness = todayQuery.data ?? null;
  // A check before readiness is read would say "no changes" on a day that needs them.
  const waiting = !todayQuery.settled || history.isPending || history.isPlaceholderData;
  const day = useIndexQuery(latestDay, null);
  const [result, setResult] = useState<Adaptation | null>(null);
  const [message, setMessage] = useState('');

  const check = useMutation({
    mutationFn: () =>
      getEngine().adaptPlan({
        ...adaptInput({
          plan: c.plan,
          done: c.done,
          today: c.today,
          readiness: readiness ? { score: readiness.score, advice: readiness.advice } : null,
          readinessHistory: history.data ?? [],
          acwr: day?.acwr ?? null,
        }),
        horizonDays: HORIZON_DAYS,
      }),
    onSuccess: (adaptation) => {
      setResult(adaptation);
      setMessage(
        adaptation.changes.length === 0
          ? 'No changes needed: the coming days fit how you are doing.'
          : '',
      );
    },
  });

  const decide = (change: PlanChange, accept: boolean) => {
    if (!accept) setMessage(`Kept ${workoutName(change.before)} as planned.`);
    else {
      const { outcome, undo } = c.editor.applyChange(change);
      const update = change.kind === 'repace' ? result?.paceUpdate : undefined;
      const paces = update ? c.editor.setPaceBasis(update.after) : null;
      if (outcome === 'locked')
        setMessage('You set that workout yourself, so it stays as you set it.');
      else
        c.announce(
          `Updated: ${workoutName(change.after)} on ${formatDay(change.after.date, { weekday: 'long' })}.`,
          paces ? { ...undo, paceBasis: paces.paceBasis } : undo,
        );
    }
    setResult((r) => (r ? { ...r, changes: r.changes.filter((x) => x.id !== change.id) } : r));
  };

  return { check, waiting, result, message, decide };
}
