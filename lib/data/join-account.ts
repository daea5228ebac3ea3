'use client';

import type { MergeProgress } from '@/lib/store/merge-athlete-docs';
import { currentAthleteId, switchAthlete } from '@/lib/store/current-athlete';
import { openDocNames } from '@/lib/store/doc-registry';
import { isAccountAthlete, markAccountAthlete } from './account-link';
import {
  forgetDeviceAthlete,
  mergeDeviceIntoAccount,
  type DeviceTraining,
} from './device-into-account';

export type JoinOutcome =
  | { kind: 'same' }
  /** The device held another account's training: it stays stored here, apart. */
  | { kind: 'kept-apart' }
  | { kind: 'merged'; training: DeviceTraining };

const CLOSE_WAIT_MS = 50;
const CLOSE_TRIES = 100;

/** Whether, within 5 s, no screen holds a document of the athlete open any more. */
async function untilClosed(athleteId: string): Promise<boolean> {
  for (let i = 0; i < CLOSE_TRIES; i++) {
    if (!openDocNames().some((name) => name.startsWith(`${athleteId}/`))) return true;
    await new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS));
  }
  return false;
}

/**
 * After signing up or in: the device's own training becomes the account's. Its documents are
 * merged into the account athlete's and committed first; only then does the device switch to the
 * account (`activate` saves the session, so sync uploads them) and forget its own copies. A
 * failure before the switch leaves everything where it was, and signing in again resumes.
 */
export async function joinAccount(
  accountId: string,
  activate: () => void,
  onProgress: (progress: MergeProgress) => void,
): Promise<JoinOutcome> {
  const storage = window.localStorage;
  const deviceId = currentAthleteId();
  if (deviceId === accountId) {
    markAccountAthlete(storage, accountId);
    activate();
    return { kind: 'same' };
  }
  if (isAccountAthlete(storage, deviceId)) {
    switchAthlete(accountId);
    markAccountAthlete(storage, accountId);
    activate();
    return { kind: 'kept-apart' };
  }
  const training = await mergeDeviceIntoAccount(deviceId, accountId, onProgress);
  switchAthlete(accountId);
  markAccountAthlete(storage, accountId);
  activate();
  // Everything is in the account's documents already: a copy left behind only takes space,
  // while removing one a screen still writes to would report a storage problem.
  if (await untilClosed(deviceId)) {
    await forgetDeviceAthlete(deviceId).catch((error: unknown) =>
      console.warn('The device copies could not be removed yet', error),
    );
  }
  return { kind: 'merged', training };
}
