'use client';

import { useSyncExternalStore } from 'react';
import { loadOrCreateAthleteId, setAthleteId } from './athlete-id';

let athleteId: string | null = null;
const listeners = new Set<() => void>();

/** The athlete whose documents this device shows; made on first run. */
export function currentAthleteId(): string {
  athleteId ??= loadOrCreateAthleteId(window.localStorage);
  return athleteId;
}

/** Signing in to an existing account switches the device to that account's athlete. */
export function switchAthlete(next: string): void {
  setAthleteId(window.localStorage, next);
  athleteId = next;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Null while pre-rendering (there is no device storage on the build machine). */
export function useAthleteId(): string | null {
  return useSyncExternalStore(subscribe, currentAthleteId, () => null);
}
