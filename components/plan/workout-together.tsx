'use client';

import { CommentsPanel } from '@/components/comments/comments-panel';
import { usePlanTogether } from '@/components/presence/plan-together';
import { WorkoutHistory } from '@/components/presence/workout-history';
import { formatStartTime } from '@/lib/format/dates';
import { lastEditText } from '@/lib/store/plan-history-text';
import { usePlanAttributions, useWorkoutHistory } from '@/lib/store/use-plan-history';
import { summaryOnTouch } from './touch';

/** "Last changed by your coach, Tue 8 Dec, 14:05" under the workout's title; nothing if untouched. */
export function LastChange({ workoutId }: { workoutId: string }) {
  const together = usePlanTogether();
  const attributions = usePlanAttributions(together?.open ?? null);
  const lastEdit = attributions.get(workoutId)?.lastEdit ?? null;
  if (!together || !lastEdit) return null;
  return (
    <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="last-change">
      {lastEditText(lastEdit, together.reader.id, together.ownerId, (iso) => formatStartTime(iso))}
    </p>
  );
}

/**
 * The workout's story with the other side: every recorded edit (behind a disclosure, with values
 * another edit replaced marked), and the comments on it, threaded, unread marked.
 */
export function WorkoutTogether({ workoutId }: { workoutId: string }) {
  const together = usePlanTogether();
  const lines = useWorkoutHistory(together?.open ?? null, workoutId);
  if (!together) return null;
  return (
    <div className="grid gap-3 border-t border-slate-200 pt-3 dark:border-slate-800">
      <details>
        <summary className={`${summaryOnTouch} cursor-pointer text-sm font-medium`}>
          History ({lines.length === 1 ? '1 change' : `${lines.length} changes`})
        </summary>
        <div className="mt-2">
          <WorkoutHistory lines={lines} readerId={together.reader.id} ownerId={together.ownerId} />
        </div>
      </details>
      <CommentsPanel
        athleteId={together.ownerId}
        target={{ kind: 'workout', id: workoutId }}
        reader={together.reader}
        title="Comments on this workout"
      />
    </div>
  );
}
