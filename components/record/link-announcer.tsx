import type { ManagedDevice } from '@/lib/devices/manager/device-manager';

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

export function LinkAnnouncer({ devices }: { devices: ManagedDevice[] }) {
  const lines = devices.flatMap((d) => {
    const text = linkProblemText(d);
    return text ? [text] : [];
  });
  return (
    <div aria-live="polite" role="status" data-testid="link-announcer">
      {lines.map((line) => (
        <p
          key={line}
          className="rounded-lg bg-amber-100 px-3 py-2 text-amber-950 dark:bg-amber-900 dark:text-amber-50"
        >
          {line}
        </p>
      ))}
    </div>
  );
}
