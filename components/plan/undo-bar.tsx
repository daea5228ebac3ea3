'use client';

import { Button } from '@/components/ui/button';

export type LastAction = { message: string; undo: (() => void) | null };

/**
 * What was just done, said to screen readers too, with Undo: no action on the plan is
 * irreversible. It sits above the phone's tab bar and stays until the next action or Dismiss.
 */
export function UndoBar({ action, onDone }: { action: LastAction | null; onDone: () => void }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-24 z-30 flex justify-center px-4 md:bottom-6"
    >
      {action ? (
        <div className="pointer-events-auto flex max-w-lg flex-wrap items-center gap-2 rounded-xl bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">
          <span data-testid="last-action">{action.message}</span>
          {action.undo ? (
            <button
              type="button"
              onClick={() => {
                action.undo?.();
                onDone();
              }}
              className="min-h-11 rounded-md px-3 font-semibold underline"
            >
              Undo
            </button>
          ) : null}
          <Button variant="quiet" className="!text-inherit" onClick={onDone}>
            Dismiss
          </Button>
        </div>
      ) : null}
    </div>
  );
}
