'use client';

import { useEffect, useState } from 'react';
import type { DemoRigName } from '@/lib/devices/demo/demo-devices';
import type { RecordSession } from '@/lib/devices/recorder/record-session';
import { knownBluetoothSupport, loadBluetoothSupport } from './bluetooth-support';
import {
  chooseBluetoothDevice,
  PairingCancelledError,
  rememberedBluetoothDevices,
  type BluetoothSupport,
} from '@/lib/devices/link/web-bluetooth';

/**
 * Pairing, one attempt at a time: whether this browser has Bluetooth, and the three ways to add
 * devices (the browser's chooser, devices this site was allowed before, a demo set). A cancelled
 * chooser is not a problem; anything else is said once through `onProblem`.
 */
export function usePairing(session: RecordSession, onProblem: (text: string | null) => void) {
  const [support, setSupport] = useState<BluetoothSupport | null>(knownBluetoothSupport);
  const [pairing, setPairing] = useState(false);

  useEffect(() => {
    loadBluetoothSupport().then(setSupport, (error: unknown) => {
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

  return {
    support,
    pairing,
    pairBluetooth: () =>
      pair(async () => void (await session.addDevice(await chooseBluetoothDevice()))),
    reconnectRemembered: () =>
      pair(async () => {
        const remembered = await rememberedBluetoothDevices();
        if (remembered.length === 0) {
          onProblem('No remembered devices here yet: pair them once with the button beside this.');
        }
        for (const transport of remembered) await session.addDevice(transport);
      }),
    addDemo: (name: DemoRigName) =>
      pair(async () => {
        for (const { transport, kind } of session.demoRig(name)) {
          await session.addDevice(transport, kind);
        }
      }),
  };
}
