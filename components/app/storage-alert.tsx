'use client';

import { useSyncExternalStore } from 'react';
import { currentStorageProblem, subscribeStorageProblems } from '@/lib/store/storage-problems';

export function StorageAlert() {
  const problem = useSyncExternalStore(subscribeStorageProblems, currentStorageProblem, () => null);
  if (!problem) return null;
  return (
    <div
      role="alert"
      data-storage-problem={problem.type}
      className="mx-auto mt-3 max-w-4xl rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">
        {problem.type === 'StorageFull'
          ? 'Your device storage is full'
          : 'A change is not saved yet'}
      </p>
      <p>{problem.message}</p>
      {problem.type === 'StorageFull' ? (
        <p className="mt-1">
          Settings shows how much space Splits uses; deleting other apps&apos; data or photos frees
          space too.
        </p>
      ) : null}
    </div>
  );
}
