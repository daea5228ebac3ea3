import type { BluetoothSupport } from '@/lib/devices/link/web-bluetooth';

const reasons: Record<Exclude<BluetoothSupport, { available: true }>['reason'], string> = {
  'no-api':
    'This browser cannot talk to Bluetooth devices. Chrome and Edge on a computer or an Android phone can; Safari, Firefox and every browser on iPhone and iPad cannot yet.',
  'insecure-context': 'Bluetooth only works when Splits is opened over a secure (https) address.',
  'no-adapter': 'Bluetooth seems to be off or missing on this device. Turn it on and reload.',
};

/** Why pairing is not offered, and what still works. */
export function NoBluetoothNotice({ support }: { support: BluetoothSupport }) {
  if (support.available) return null;
  return (
    <div
      role="note"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{reasons[support.reason]}</p>
      <p className="mt-1">
        You can still record: enter the session by hand below, or import the file from your watch or
        monitor afterwards on the{' '}
        <a className="underline" href="/activities/">
          Activities
        </a>{' '}
        page. The demo devices work everywhere if you want to try things out.
      </p>
    </div>
  );
}
