'use client';

import { useSyncExternalStore } from 'react';

/**
 * Per document: not connected (or still connecting), connected but the relay has stopped answering
 * (a dead link the socket has not noticed yet), connected but not yet proven stored, proven stored,
 * or refused.
 */
export type DocSyncState = 'offline' | 'unreachable' | 'syncing' | 'backed-up' | 'denied';

/** What the app shows: "local" means no account (everything stays on this device). */
export type SyncStatus = 'local' | 'offline' | 'syncing' | 'backed-up' | 'denied';

/**
 * The status from what is known. "Syncing" only while the browser is online and some document is
 * connected to a relay that answers (one may still be connecting beside it). No document connected,
 * the relay not answering any one of them (there is one relay), or the browser offline is
 * "offline", whatever the other documents last heard: a socket can linger for half a minute or more
 * after the link has gone.
 */
export function syncStatusOf(input: {
  signedIn: boolean;
  browserOnline: boolean;
  sweeping: boolean;
  docs: readonly DocSyncState[];
}): SyncStatus {
  const { docs } = input;
  if (!input.signedIn) return 'local';
  if (docs.includes('denied')) return 'denied';
  if (!input.browserOnline || docs.includes('unreachable')) return 'offline';
  if (!input.sweeping && docs.length > 0 && docs.every((s) => s === 'backed-up'))
    return 'backed-up';
  if (docs.some((s) => s === 'syncing' || s === 'backed-up')) return 'syncing';
  return 'offline';
}

const states = new Map<string, DocSyncState>();
const listeners = new Set<() => void>();
const docListeners = new Set<() => void>();
let signedIn = false;
/** Documents stored on the device but not open are being checked against the relay. */
let sweeping = false;
let browserOnline = true;
let snapshot: SyncStatus = 'local';

function recompute() {
  const next = syncStatusOf({ signedIn, browserOnline, sweeping, docs: [...states.values()] });
  if (next === snapshot) return;
  snapshot = next;
  listeners.forEach((l) => l());
}

/** The browser's own word on the network (`navigator.onLine` and its events). */
export function setBrowserOnline(value: boolean): void {
  browserOnline = value;
  recompute();
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

let watchingBrowser = false;
/** Follows the browser going on- and offline from the first time anything shows the status. */
function watchBrowserOnline() {
  if (watchingBrowser || typeof window === 'undefined') return;
  watchingBrowser = true;
  window.addEventListener('online', () => setBrowserOnline(true));
  window.addEventListener('offline', () => setBrowserOnline(false));
  setBrowserOnline(navigator.onLine);
}

function subscribe(listener: () => void): () => void {
  watchBrowserOnline();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribe, currentSyncStatus, () => 'local');
}
