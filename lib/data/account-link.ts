'use client';

import { z } from 'zod';

const STORAGE_KEY = 'splits.accountAthletes';
const idsSchema = z.array(z.uuid());

function linkedIds(storage: Storage): string[] {
  try {
    const parsed = idsSchema.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch (error) {
    console.warn('Forgetting an unreadable list of account athletes', error);
    return [];
  }
}

/**
 * Remembers that an athlete's documents on this device belong to an account (after signing up
 * or in). After signing out they stay on the device; signing in to another account then must not
 * pour one account's training into another's.
 */
export function markAccountAthlete(storage: Storage, athleteId: string): void {
  const ids = linkedIds(storage);
  if (!ids.includes(athleteId)) storage.setItem(STORAGE_KEY, JSON.stringify([...ids, athleteId]));
}

export function isAccountAthlete(storage: Storage, athleteId: string): boolean {
  return linkedIds(storage).includes(athleteId);
}
