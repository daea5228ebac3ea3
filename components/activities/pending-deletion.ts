'use client';

import { useSyncExternalStore } from 'react';
import type { ActivitiesEditor } from '@/lib/store/activities-doc';
import { finalizeDeletion, UNDO_WINDOW_MS } from '@/lib/store/delete-activity';
import { reportStorageProblem } from '@/lib/store/storage-problems';

/**
 * The one deletion that can still be undone. It outlives the page it started on (delete on the
 * activity page, undo on the list), and becomes final when the window closes or the next one
 * starts.
 */
export type PendingDeletion = { id: string; title: string };

type State = PendingDeletion & {
  athleteId: string;
  editor: ActivitiesEditor;
  timer: ReturnType<typeof setTimeout>;
};

let pending: State | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function finalize(state: State) {
  clearTimeout(state.timer);
  if (pending === state) pending = null;
  notify();
  finalizeDeletion(state.athleteId, state.id).catch((error: unknown) =>
    reportStorageProblem(`deleting activity ${state.id}`, error),
  );
}

export function deleteWithUndo(
  editor: ActivitiesEditor,
  athleteId: string,
  deletion: PendingDeletion,
): void {
  if (pending) finalize(pending);
  editor.softDelete(deletion.id, new Date().toISOString());
  const state: State = {
    ...deletion,
    athleteId,
    editor,
    timer: setTimeout(() => finalize(state), UNDO_WINDOW_MS),
  };
  pending = state;
  notify();
}

export function undoDeletion(): void {
  const state = pending;
  if (!state) return;
  clearTimeout(state.timer);
  state.editor.restore(state.id);
  pending = null;
  notify();
}

/** Makes the pending deletion final now (the athlete dismissed the notice). */
export function confirmDeletion(): void {
  if (pending) finalize(pending);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = (): PendingDeletion | null => pending;

export function usePendingDeletion(): PendingDeletion | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
