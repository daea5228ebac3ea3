'use client';

import { useEffect, useSyncExternalStore } from 'react';
import type { ManagedDevice } from '@/lib/devices/manager/device-manager';
import { RecordSession, type SessionPhase } from '@/lib/devices/recorder/record-session';
import type { LiveNumbers } from '@/lib/devices/recorder/live-numbers';
import { getEngine } from '@/lib/worker/engine-client';

const noSubscribe = () => () => undefined;
const noDevices: ManagedDevice[] = [];

/** Demo devices may run faster than real time (`?demo-speed=20`), for tests and for a quick look. */
function speedFromUrl(): number {
  const raw = new URLSearchParams(window.location.search).get('demo-speed');
  const speed = raw === null ? 1 : Number(raw);
  return Number.isFinite(speed) && speed > 0 && speed <= 100 ? speed : 1;
}

/**
 * The screen's RecordSession lives outside React (it owns timers and radio links): the effect
 * opens it in the browser only, and components read it as an external store.
 */
let current: RecordSession | null = null;
const sessionListeners = new Set<() => void>();
const subscribeSession = (listener: () => void) => {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
};
function setCurrent(next: RecordSession | null): void {
  current = next;
  sessionListeners.forEach((l) => l());
}

export function useRecordSession(): RecordSession | null {
  useEffect(() => {
    // A session being recorded outlives the screen: leaving Record mid-session keeps it going.
    if (current?.phase() === 'recording') return;
    const traceFrames = new URLSearchParams(window.location.search).has('trace-frames');
    const made = new RecordSession({
      speed: speedFromUrl(),
      traceFrames,
      guidanceStepper: (state, sample) => getEngine().guidanceStep(state, sample),
      summarise: (activity, id, fileName, athlete) =>
        getEngine().summarizeActivity(activity, id, fileName, athlete),
    });
    setCurrent(made);
    return () => {
      if (made.phase() === 'recording') return;
      if (current === made) setCurrent(null);
      void made.dispose();
    };
  }, []);
  return useSyncExternalStore(
    subscribeSession,
    () => current,
    () => null,
  );
}

export function useSessionPhase(session: RecordSession | null): SessionPhase {
  return useSyncExternalStore(
    session ? session.subscribe : noSubscribe,
    () => session?.phase() ?? 'setup',
    () => 'setup',
  );
}

export function useDevices(session: RecordSession | null): ManagedDevice[] {
  return useSyncExternalStore(
    session ? session.manager.subscribe : noSubscribe,
    () => session?.manager.devices() ?? noDevices,
    () => noDevices,
  );
}

export function useLiveNumbers(session: RecordSession | null): LiveNumbers | null {
  const recorder = session?.recorder ?? null;
  return useSyncExternalStore(
    recorder ? recorder.subscribe : noSubscribe,
    () => recorder?.snapshot() ?? null,
    () => null,
  );
}
