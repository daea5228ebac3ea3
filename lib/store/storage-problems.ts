/**
 * Problems writing to the device's storage, for the UI to show. A failed write loses nothing
 * already saved; the change stays in memory and is written again with the next save.
 */
export type StorageProblem = {
  type: 'StorageFull' | 'StorageWriteFailed';
  message: string;
  docName: string;
};

type Listener = () => void;

let current: StorageProblem | null = null;
let pending = 0;
const listeners = new Set<Listener>();
let settledWaiters: Array<() => void> = [];

/** Writes to IndexedDB that have been issued and not yet confirmed. */
export function pendingWrites(): number {
  return pending;
}

export function writeStarted(): void {
  pending += 1;
  if (pending === 1) listeners.forEach((l) => l());
}

export function writeSettled(): void {
  pending -= 1;
  if (pending !== 0) return;
  listeners.forEach((l) => l());
  const waiters = settledWaiters;
  settledWaiters = [];
  waiters.forEach((resolve) => resolve());
}

/**
 * Resolves once every write issued so far has been committed (or has failed and been reported).
 * Whatever tells the athlete "saved", or leaves the page, waits for this first: a navigation aborts
 * IndexedDB transactions that have not committed yet.
 */
export function writesSettled(): Promise<void> {
  if (pending === 0) return Promise.resolve();
  return new Promise((resolve) => settledWaiters.push(resolve));
}

/** When the write failed: opening a document (nothing was changed yet) or saving an edit. */
export type WriteMoment = 'open' | 'edit';

export function reportStorageProblem(
  docName: string,
  error: unknown,
  when: WriteMoment = 'edit',
): void {
  current = describeStorageError(docName, error, when);
  listeners.forEach((l) => l());
}

export function clearStorageProblem(): void {
  if (current === null) return;
  current = null;
  listeners.forEach((l) => l());
}

export function currentStorageProblem(): StorageProblem | null {
  return current;
}

export function subscribeStorageProblems(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export function describeStorageError(
  docName: string,
  error: unknown,
  when: WriteMoment = 'edit',
): StorageProblem {
  if (isQuotaError(error) && when === 'open') {
    return {
      type: 'StorageFull',
      docName,
      message:
        'Your device is out of storage space. Everything saved before is safe and shown here; new changes stay on this screen until some space is free, then they are saved with the next edit.',
    };
  }
  if (isQuotaError(error)) {
    return {
      type: 'StorageFull',
      docName,
      message:
        'Your device is out of storage space, so your latest change is not saved yet. Everything saved before is safe. Free some space and your change will be saved with the next edit.',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  if (when === 'open') {
    return {
      type: 'StorageWriteFailed',
      docName,
      message: `This device's storage is not taking changes right now (${detail}). Everything saved before is safe and shown here; new changes will be tried again with the next edit.`,
    };
  }
  return {
    type: 'StorageWriteFailed',
    docName,
    message: `Your latest change could not be saved on this device yet (${detail}). Everything saved before is safe; it will be tried again with the next edit.`,
  };
}
