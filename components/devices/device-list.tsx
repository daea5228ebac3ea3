'use client';

import type { ManagedDevice } from '@/lib/devices/manager/device-manager';
import { Button } from '../ui/button';

type Props = {
  devices: ManagedDevice[];
  onRetry: (id: string) => void;
  onRemove: (id: string) => void;
  /** Demo devices only: pretend the radio link dropped, to see reconnection at work. */
  onDropLink?: (id: string) => void;
};

/** What the athlete reads about a link, in plain words. */
export function linkStatusText(device: ManagedDevice): string {
  switch (device.state) {
    case 'connecting':
      return 'Connecting…';
    case 'connected':
      return 'Connected';
    case 'reconnecting':
      return `Link lost — reconnecting (attempt ${device.attempt})…`;
    case 'lost':
      return 'Out of reach. Check it is on and nearby, then try again.';
  }
}

const dotClass: Record<ManagedDevice['state'], string> = {
  connecting: 'bg-amber-400',
  connected: 'bg-emerald-500',
  reconnecting: 'bg-amber-500 animate-pulse',
  lost: 'bg-slate-400',
};

export function DeviceList({ devices, onRetry, onRemove, onDropLink }: Props) {
  if (devices.length === 0) {
    return <p className="text-slate-600 dark:text-slate-300">No devices paired yet.</p>;
  }
  return (
    <ul className="space-y-2" aria-label="Paired devices">
      {devices.map((device) => (
        <li
          key={device.id}
          className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-slate-200 bg-white px-3 py-2 dark:border-slate-800 dark:bg-slate-900"
          aria-label={`${device.label}: ${device.name}`}
        >
          <span
            aria-hidden="true"
            className={`h-2.5 w-2.5 rounded-full ${dotClass[device.state]}`}
          />
          <span className="font-medium">{device.label}</span>
          <span className="text-sm text-slate-500 dark:text-slate-400">{device.name}</span>
          <span className="text-sm" data-testid="link-status">
            {linkStatusText(device)}
          </span>
          {device.batteryPct !== null && (
            <span className="text-sm text-slate-500 dark:text-slate-400">
              Battery {device.batteryPct} %
            </span>
          )}
          <span className="ml-auto flex gap-2">
            {device.state === 'lost' && (
              <Button variant="secondary" size="touch" onClick={() => onRetry(device.id)}>
                Try again
              </Button>
            )}
            {onDropLink && device.state === 'connected' && (
              <Button
                variant="secondary"
                size="touch"
                onClick={() => onDropLink(device.id)}
                aria-label={`Drop the ${device.label} link`}
              >
                Drop link
              </Button>
            )}
            <Button
              variant="secondary"
              size="touch"
              onClick={() => onRemove(device.id)}
              aria-label={`Forget ${device.label}`}
            >
              Remove
            </Button>
          </span>
        </li>
      ))}
    </ul>
  );
}
