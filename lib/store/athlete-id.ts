import { uuidSchema } from './doc-names';

const STORAGE_KEY = 'splits.athleteId';

/**
 * The athlete id names every document. It is made on the first run so the app is complete
 * without an account; signing up later hands it to the relay so these documents become the
 * account's own.
 */
export function loadOrCreateAthleteId(storage: Storage): string {
  const stored = storage.getItem(STORAGE_KEY);
  if (stored && uuidSchema.safeParse(stored).success) return stored;
  const created = crypto.randomUUID();
  storage.setItem(STORAGE_KEY, created);
  return created;
}

/** After signing in to an existing account, the device follows that account's athlete. */
export function setAthleteId(storage: Storage, athleteId: string): void {
  storage.setItem(STORAGE_KEY, uuidSchema.parse(athleteId));
}
