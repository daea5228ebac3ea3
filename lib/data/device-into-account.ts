'use client';

import * as Y from 'yjs';
import { readActivities } from '@/lib/store/activities-doc';
import { activitiesDocName, profileDocName } from '@/lib/store/doc-names';
import {
  mergeAthleteDocs,
  removeAthleteDocs,
  type MergeProgress,
} from '@/lib/store/merge-athlete-docs';
import { readPlanList } from '@/lib/store/profile-doc';
import { readStoredUpdate, storedDocNames } from '@/lib/store/stored-docs';

export type DeviceTraining = { sessions: number; plans: number };

async function storedDoc(name: string, stored: string[]): Promise<Y.Doc> {
  const doc = new Y.Doc();
  if (stored.includes(name)) Y.applyUpdate(doc, await readStoredUpdate(name));
  return doc;
}

/** How many sessions and plans this device holds for an athlete, read from what is stored. */
export async function deviceTraining(athleteId: string): Promise<DeviceTraining> {
  const stored = await storedDocNames(athleteId);
  const list = await storedDoc(activitiesDocName(athleteId), stored);
  const profile = await storedDoc(profileDocName(athleteId), stored);
  const training = { sessions: readActivities(list).length, plans: readPlanList(profile).length };
  list.destroy();
  profile.destroy();
  return training;
}

/**
 * Signing in on a device used without an account: every document of the device's athlete is
 * merged into the account athlete's and committed to disk. The caller then switches athlete (so
 * sync uploads them) and calls `forgetDeviceAthlete`; a crash before that loses nothing, and
 * signing in again merges again without changing anything already merged.
 */
export async function mergeDeviceIntoAccount(
  deviceId: string,
  accountId: string,
  onProgress: (progress: MergeProgress) => void,
): Promise<DeviceTraining> {
  const training = await deviceTraining(deviceId);
  await mergeAthleteDocs(deviceId, accountId, onProgress);
  return training;
}

/** Removes the device athlete's copies once the account's hold everything and nothing shows them. */
export function forgetDeviceAthlete(deviceId: string): Promise<void> {
  return removeAthleteDocs(deviceId);
}
