'use client';

import { Button } from '@/components/ui/button';
import { confirmDeletion, undoDeletion, usePendingDeletion } from './pending-deletion';

/** "Deleted …  Undo": shown while a deletion can still be taken back. */
export function DeletionNotice() {
  const pending = usePendingDeletion();
  return (
    <div
      role="status"
      aria-live="polite"
      className="fixed inset-x-0 bottom-24 z-20 flex justify-center px-4 md:bottom-6"
    >
      {pending ? (
        <div className="flex items-center gap-3 rounded-xl bg-slate-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">
          <span>Deleted “{pending.title}”.</span>
          <Button variant="secondary" onClick={undoDeletion}>
            Undo
          </Button>
          <button type="button" className="underline" onClick={confirmDeletion}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
