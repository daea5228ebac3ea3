'use client';

import { useEffect, useState } from 'react';
import type { DeviceManager, ManagedDevice } from '@/lib/devices/manager/device-manager';

/** How long "… is back" stays on screen, in ms of real time (the athlete's, not the session's). */
const BACK_SHOWN_MS = 6000;

/** What is happening with each link that is not fine, said once, politely, and shown. */
export function linkProblemText(device: ManagedDevice): string | null {
  if (device.state === 'reconnecting') {
    return `${device.label} lost — reconnecting (attempt ${device.attempt})… Recording goes on.`;
  }
  if (device.state === 'lost') {
    return `${device.label} is out of reach. Recording goes on without it; press Try again when it is back.`;
  }
  return null;
}

export function linkBackText(label: string): string {
  return `${label} is back.`;
}

/** Labels of devices whose link came back in the last few seconds. */
function useLinksBack(manager: DeviceManager): string[] {
  const [back, setBack] = useState<{ id: string; label: string }[]>([]);
  useEffect(() => {
    const timers = new Set<ReturnType<typeof setTimeout>>();
    let count = 0;
    const stop = manager.onEvent((event) => {
      if (event.type !== 'link-restored') return;
      const label = manager.devices().find((d) => d.id === event.deviceId)?.label ?? 'A device';
      const id = `${event.deviceId}-${++count}`;
      setBack((now) => [...now.filter((b) => b.label !== label), { id, label }]);
      const timer = setTimeout(() => {
        timers.delete(timer);
        setBack((now) => now.filter((b) => b.id !== id));
      }, BACK_SHOWN_MS);
      timers.add(timer);
    });
    return () => {
      stop();
      timers.forEach(clearTimeout);
    };
  }, [manager]);
  return back.map((b) => b.label);
}

/** Links lost and links back, in plain words, where the athlete is looking. */
export function LinkAnnouncer({
  devices,
  manager,
}: {
  devices: ManagedDevice[];
  manager: DeviceManager;
}) {
  const back = useLinksBack(manager);
  const lines = [
    ...devices.flatMap((d) => {
      const text = linkProblemText(d);
      return text ? [{ text, tone: 'problem' as const }] : [];
    }),
    ...back
      .filter((label) => !devices.some((d) => d.label === label && d.state !== 'connected'))
      .map((label) => ({ text: linkBackText(label), tone: 'back' as const })),
  ];
  return (
    <div aria-live="polite" role="status" data-testid="link-announcer" className="space-y-1">
      {lines.map(({ text, tone }) => (
        <p
          key={text}
          className={
            tone === 'problem'
              ? 'rounded-lg bg-amber-100 px-3 py-1.5 text-amber-950 dark:bg-amber-900 dark:text-amber-50'
              : 'rounded-lg bg-emerald-100 px-3 py-1.5 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50'
          }
        >
          {text}
        </p>
      ))}
    </div>
  );
}
