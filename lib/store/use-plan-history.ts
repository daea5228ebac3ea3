'use client';

import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import type { OpenDoc } from './doc-registry';
import type { PlanEditor } from './plan-editor';
import {
  attributedPlanEditor,
  historyLines,
  readAttributions,
  type Author,
  type HistoryLine,
  type WorkoutAttribution,
} from './plan-history';
import { useDocValue } from './use-doc';

const noAttributions = new Map<string, WorkoutAttribution>();
const noLines: HistoryLine[] = [];

/**
 * The plan editor that records the author with every edit; null until the plan is open. The
 * plan's owner edits as the athlete, anyone else (through a share) as their coach.
 */
export function useAttributedPlanEditor(
  open: OpenDoc | null,
  author: Author | null,
  ownerId: string,
) {
  const authorId = author?.id ?? null;
  const authorName = author?.name ?? null;
  return useMemo<PlanEditor | null>(
    () =>
      open && authorId !== null && authorName !== null
        ? attributedPlanEditor(
            open.doc,
            { id: authorId, name: authorName },
            authorId === ownerId ? 'athlete' : 'coach',
          )
        : null,
    [open, authorId, authorName, ownerId],
  );
}

/** Who changed each workout last and who locked it, kept current as the plan changes. */
export function usePlanAttributions(open: OpenDoc | null): Map<string, WorkoutAttribution> {
  return useDocValue(open, readAttributions, noAttributions);
}

/** One workout's change history, oldest first, with replaced values marked. */
export function useWorkoutHistory(open: OpenDoc | null, workoutId: string | null): HistoryLine[] {
  const read = useCallback(
    (doc: Y.Doc) => (workoutId ? historyLines(doc, workoutId) : noLines),
    [workoutId],
  );
  return useDocValue(open, read, noLines);
}
