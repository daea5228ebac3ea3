'use client';

import { demoRigs } from '@/lib/devices/demo/demo-devices';
import type { RecordSession } from '@/lib/devices/recorder/record-session';
import { NoBluetoothNotice } from '../record/no-bluetooth-notice';
import { Button } from '../ui/button';
import { usePairing } from './use-pairing';

type Props = { session: RecordSession; onProblem: (text: string | null) => void };

/** Pair real devices through the browser's chooser, reconnect remembered ones, or use the demo set. */
export function PairDevices({ session, onProblem }: Props) {
  const { support, pairing, pairBluetooth, reconnectRemembered, addDemo } = usePairing(
    session,
    onProblem,
  );
  return (
    <div className="space-y-3">
      {support?.available && (
        <div className="flex flex-wrap gap-2">
          <Button size="touch" disabled={pairing} onClick={pairBluetooth}>
            Pair a Bluetooth device
          </Button>
          <Button variant="secondary" size="touch" disabled={pairing} onClick={reconnectRemembered}>
            Reconnect remembered devices
          </Button>
        </div>
      )}
      {support && !support.available && <NoBluetoothNotice support={support} />}
      <div className="flex flex-wrap gap-2" role="group" aria-label="Demo devices">
        {demoRigs.map((rig) => (
          <Button
            key={rig.name}
            variant="secondary"
            size="touch"
            disabled={pairing}
            onClick={() => addDemo(rig.name)}
          >
            {rig.label}
          </Button>
        ))}
      </div>
      <p className="text-sm text-slate-500 dark:text-slate-400">
        Demo devices are simulated in this tab: a rowing monitor, a treadmill, a footpod and a
        heart-rate strap that send the same data real ones do.
      </p>
    </div>
  );
}
