'use client';

import { Workbox } from 'workbox-window';
import { useCallback, useEffect, useRef, useState } from 'react';

/** Built by scripts/build-sw.mjs into the static export; absent under `next dev`. */
const SW_URL = '/sw.js';

export interface ServiceWorkerUpdate {
  /** A newer version of Splits is installed and takes over on reload. */
  updateReady: boolean;
  /** Lets the waiting version take over, then reloads into it. */
  reloadToUpdate: () => void;
}

/**
 * Registers the service worker that keeps Splits working offline, and reports when a new version
 * is waiting. Nothing reloads on its own: a recording or an edit in progress is never cut off.
 */
export function useServiceWorker(): ServiceWorkerUpdate {
  const workboxRef = useRef<Workbox | null>(null);
  const [update, setUpdate] = useState<'none' | 'waiting' | 'taken-over'>('none');

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    // workbox-window speaks the messages Serwist's worker (pwa/sw.ts) answers: SKIP_WAITING.
    const workbox = new Workbox(SW_URL, { scope: '/', type: 'classic' });
    workboxRef.current = workbox;
    // On a first visit the worker takes control of this page too; that is not an update.
    const wasControlled = navigator.serviceWorker.controller !== null;
    const onWaiting = () => setUpdate('waiting');
    // Another tab accepted the update: this page runs on the new worker but still shows old code.
    const onControlling = () => {
      if (wasControlled) setUpdate('taken-over');
    };
    workbox.addEventListener('waiting', onWaiting);
    workbox.addEventListener('controlling', onControlling);
    workbox.register().catch((error: unknown) => {
      console.warn('Splits could not set up offline use; it still works while online.', error);
    });
    // Long-lived tabs (a phone on the rower) look for a new version when they come back to view.
    const checkForUpdate = () => {
      if (document.visibilityState !== 'visible' || !navigator.onLine) return;
      workbox.update().catch((error: unknown) => {
        console.warn('Splits could not check for a new version; it will try again later.', error);
      });
    };
    document.addEventListener('visibilitychange', checkForUpdate);
    return () => {
      workbox.removeEventListener('waiting', onWaiting);
      workbox.removeEventListener('controlling', onControlling);
      document.removeEventListener('visibilitychange', checkForUpdate);
      workboxRef.current = null;
    };
  }, []);

  const reloadToUpdate = useCallback(() => {
    const workbox = workboxRef.current;
    if (!workbox || update === 'taken-over') {
      window.location.reload();
      return;
    }
    // Also fires if another tab lets the new version take over first: either way, reload into it.
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  }, [update]);

  return { updateReady: update !== 'none', reloadToUpdate };
}
