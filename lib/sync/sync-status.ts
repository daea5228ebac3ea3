'use client';

import { useSyncExternalStore } from 'react';

/** Per document: not connected, connected but not yet proven stored, or proven stored. */
export type DocSyncState = 'offline' | 'syncing' | 'backed-up' | 'denied';

/** What the app shows: "local" means no account (everything stays on this device). */
export type SyncStatus = 'local' | DocSyncState;

const states = new Map<string, DocSyncState>();
const listeners = new Set<() => void>();
const docListeners = new Set<() => void>();
let signedIn = false;
/** Documents stored on the device but not open are being checked against the relay. */
let sweeping = false;
let snapshot: SyncStatus = 'local';

function recompute() {
  const values = [...states.values()];
  let next: SyncStatus;
  if (!signedIn) next = 'local';
  else if (values.includes('denied')) next = 'denied';
  else if (!sweeping && values.length > 0 && values.every((s) => s === 'backed-up'))
    next = 'backed-up';
  else if (values.some((s) => s !== 'offline')) next = 'syncing';
  else next = 'offline';
  if (next === snapshot) return;
  snapshot = next;
  listeners.forEach((l) => l());
}

export function setSignedIn(value: boolean): void {
  signedIn = value;
  if (!value) states.clear();
  recompute();
}

export function setSweeping(value: boolean): void {
  sweeping = value;
  recompute();
}

export function setDocSyncState(docName: string, state: DocSyncState | null): void {
  if (state === null) states.delete(docName);
  else states.set(docName, state);
  docListeners.forEach((l) => l());
  recompute();
}

/** Resolves once a document is backed up, refused, or no longer connected to the relay. */
export function whenDocSettled(docName: string): Promise<void> {
  return new Promise((resolve) => {
    const settled = () => {
      const state = states.get(docName);
      return state === undefined || state === 'backed-up' || state === 'denied';
    };
    if (settled()) return resolve();
    const listener = () => {
      if (!settled()) return;
      docListeners.delete(listener);
      resolve();
    };
    docListeners.add(listener);
  });
}

export function currentSyncStatus(): SyncStatus {
  return snapshot;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribe, currentSyncStatus, () => 'local');
}
