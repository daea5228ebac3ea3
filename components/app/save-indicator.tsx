'use client';

import { useSyncExternalStore } from 'react';
import { pendingWrites, subscribeStorageProblems } from '@/lib/store/storage-problems';

/** "Saving…" while changes are on their way to this device's storage. */
export function SaveIndicator() {
  const pending = useSyncExternalStore(subscribeStorageProblems, pendingWrites, () => 0);
  return (
    <span
      // A fixed width: the word coming and going does not move the sync badge beside it.
      className="inline-block min-w-14 text-right text-xs text-slate-600 dark:text-slate-300"
      data-pending-writes={pending}
    >
      {pending > 0 ? 'Saving…' : ''}
    </span>
  );
}
