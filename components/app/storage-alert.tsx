'use client';

import { useSyncExternalStore } from 'react';
import {
  currentStorageProblem,
  subscribeStorageProblems,
  type StorageProblem,
} from '@/lib/store/storage-problems';

function title(problem: StorageProblem): string {
  if (problem.type === 'StorageFull') return 'Your device storage is full';
  return problem.savedDataShown
    ? 'A change is not saved yet'
    : 'Your saved data could not be opened';
}

export function StorageAlert() {
  const problem = useSyncExternalStore(subscribeStorageProblems, currentStorageProblem, () => null);
  if (!problem) return null;
  return (
    <div
      role="alert"
      data-storage-problem={problem.type}
      className="mx-auto mt-3 max-w-4xl rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">{title(problem)}</p>
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
