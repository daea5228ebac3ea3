'use client';

import { useEffect } from 'react';

/**
 * Keeps the screen on while recording (Screen Wake Lock API): a phone that locks its screen may
 * freeze the page and its Bluetooth notifications (DEVICES-RESEARCH §5.2). Where the browser
 * refuses or lacks it, recording goes on and the athlete can keep the screen awake themselves.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let released = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (released) void lock.release();
          else sentinel = lock;
        },
        (error: unknown) => console.info('The screen may lock during this session:', error),
      );
    };
    acquire();
    // The browser drops the lock when the tab is hidden; take it again on return.
    document.addEventListener('visibilitychange', acquire);
    return () => {
      released = true;
      document.removeEventListener('visibilitychange', acquire);
      void sentinel?.release();
    };
  }, [active]);
}
