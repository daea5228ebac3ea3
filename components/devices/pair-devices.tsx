'use client';

import { useEffect, useState } from 'react';
import { demoRigs, type DemoRigName } from '@/lib/devices/demo/demo-devices';
import type { RecordSession } from '@/lib/devices/recorder/record-session';
import {
  bluetoothSupport,
  chooseBluetoothDevice,
  PairingCancelledError,
  rememberedBluetoothDevices,
  type BluetoothSupport,
} from '@/lib/devices/link/web-bluetooth';
import { NoBluetoothNotice } from '../record/no-bluetooth-notice';
import { primaryButton, secondaryButton } from './button-classes';

type Props = { session: RecordSession; onProblem: (text: string | null) => void };

/** Pair real devices through the browser's chooser, reconnect remembered ones, or use the demo set. */
export function PairDevices({ session, onProblem }: Props) {
  const [support, setSupport] = useState<BluetoothSupport | null>(null);
  const [pairing, setPairing] = useState(false);

  useEffect(() => {
    bluetoothSupport().then(setSupport, (error: unknown) => {
      onProblem(`Could not check for Bluetooth: ${String(error)}`);
      setSupport({ available: false, reason: 'no-adapter' });
    });
  }, [onProblem]);

  async function pair(work: () => Promise<void>) {
    setPairing(true);
    onProblem(null);
    try {
      await work();
    } catch (error) {
      if (!(error instanceof PairingCancelledError)) {
        onProblem(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setPairing(false);
    }
  }

  const pairBluetooth = () =>
    pair(async () => void (await session.addDevice(await chooseBluetoothDevice())));
  const reconnectRemembered = () =>
    pair(async () => {
      const remembered = await rememberedBluetoothDevices();
      if (remembered.length === 0) {
        onProblem('No remembered devices here yet: pair them once with the button beside this.');
      }
      for (const transport of remembered) await session.addDevice(transport);
    });
  const addDemo = (name: DemoRigName) =>
    pair(async () => {
      for (const { transport, kind } of session.demoRig(name)) {
        await session.addDevice(transport, kind);
      }
    });

  return (
    <div className="space-y-3">
      {support?.available && (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={primaryButton}
            disabled={pairing}
            onClick={pairBluetooth}
          >
            Pair a Bluetooth device
          </button>
          <button
            type="button"
            className={secondaryButton}
            disabled={pairing}
            onClick={reconnectRemembered}
          >
            Reconnect remembered devices
          </button>
        </div>
      )}
      {support && !support.available && <NoBluetoothNotice support={support} />}
      <div className="flex flex-wrap gap-2" role="group" aria-label="Demo devices">
        {demoRigs.map((rig) => (
          <button
            key={rig.name}
            type="button"
            className={secondaryButton}
            disabled={pairing}
            onClick={() => addDemo(rig.name)}
          >
            {rig.label}
          </button>
        ))}
      </div>
      <p className="text-sm text-slate-500 dark:text-slate-400">
        Demo devices are simulated in this tab: a rowing monitor, a treadmill, a footpod and a
        heart-rate strap that send the same data real ones do.
      </p>
    </div>
  );
}
