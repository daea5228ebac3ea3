/**
 * Problems with the device's storage, for the UI to show. A failed write loses nothing already
 * saved; the change stays in memory and is written again with the next save. A document whose
 * database could not be opened at all is a different case: nothing stored was loaded, so the
 * screen lacks what was saved before and new changes are not stored on the device.
 */
export type StorageProblem = {
  type: 'StorageFull' | 'StorageWriteFailed';
  message: string;
  docName: string;
  /** False when the stored document could not be read, so what is shown lacks the saved data. */
  savedDataShown: boolean;
};

type Listener = () => void;

let current: StorageProblem | null = null;
// A document that could not be opened stays unopened until it is opened again, so its problem
// outranks any other and is not cleared by another document's write succeeding.
const unopened = new Map<string, StorageProblem>();
// The first of them, kept as one object so the UI's snapshot only changes when it does.
let shownUnopened: StorageProblem | null = null;
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

/**
 * When storage failed: opening the stored document (nothing could be read), the first write after
 * it was opened and loaded (nothing was changed yet), or saving an edit.
 */
export type StorageMoment = 'open' | 'first-write' | 'edit';

export function reportStorageProblem(
  docName: string,
  error: unknown,
  when: StorageMoment = 'edit',
): void {
  const problem = describeStorageError(docName, error, when);
  if (problem.savedDataShown) current = problem;
  else if (!unopened.has(docName)) unopened.set(docName, problem);
  shownUnopened = unopened.values().next().value ?? null;
  listeners.forEach((l) => l());
}

/** A document opened after all (opened again with space back): its problem no longer holds. */
export function storageOpened(docName: string): void {
  if (!unopened.delete(docName)) return;
  shownUnopened = unopened.values().next().value ?? null;
  listeners.forEach((l) => l());
}

export function clearStorageProblem(): void {
  if (current === null) return;
  current = null;
  listeners.forEach((l) => l());
}

export function currentStorageProblem(): StorageProblem | null {
  return shownUnopened ?? current;
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
  when: StorageMoment = 'edit',
): StorageProblem {
  const full = isQuotaError(error);
  const type = full ? 'StorageFull' : 'StorageWriteFailed';
  const detail = error instanceof Error ? error.message : String(error);
  if (when === 'open') {
    return {
      type,
      docName,
      savedDataShown: false,
      message:
        (full
          ? 'Your device is out of storage space, so Splits could not open what you saved on it.'
          : `Splits could not open what you saved on this device (${detail}).`) +
        ' Nothing has been removed, but what you saved before is not shown here for now, and new' +
        ' changes are not stored on this device (if you are signed in, they still reach your' +
        ' backup). ' +
        (full
          ? 'Free some space, then reload the page to see everything again.'
          : 'Reloading the page usually brings everything back.'),
    };
  }
  const base = { type, docName, savedDataShown: true } as const;
  if (full && when === 'first-write') {
    return {
      ...base,
      message:
        'Your device is out of storage space. Everything saved before is safe and shown here; new changes stay on this screen until some space is free, then they are saved with the next edit.',
    };
  }
  if (full) {
    return {
      ...base,
      message:
        'Your device is out of storage space, so your latest change is not saved yet. Everything saved before is safe. Free some space and your change will be saved with the next edit.',
    };
  }
  if (when === 'first-write') {
    return {
      ...base,
      message: `This device's storage is not taking changes right now (${detail}). Everything saved before is safe and shown here; new changes will be tried again with the next edit.`,
    };
  }
  return {
    ...base,
    message: `Your latest change could not be saved on this device yet (${detail}). Everything saved before is safe; it will be tried again with the next edit.`,
  };
}
