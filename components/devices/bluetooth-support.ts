'use client';

import { useEffect, useState } from 'react';
import { bluetoothSupport, type BluetoothSupport } from '@/lib/devices/link/web-bluetooth';

// One question per tab: the answer does not change while the page is open.
let asked: Promise<BluetoothSupport> | null = null;
let answer: BluetoothSupport | null = null;

/** Whether this browser can pair Bluetooth devices, asked once and remembered. */
export function loadBluetoothSupport(): Promise<BluetoothSupport> {
  asked ??= bluetoothSupport().then((support) => (answer = support));
  return asked;
}

/** The answer if it has come, so a screen drawn after it shows it from the first frame. */
export function knownBluetoothSupport(): BluetoothSupport | null {
  return answer;
}

/**
 * True once the answer has come (or the question failed): a screen waits for it before it draws,
 * so the pairing row or the no-Bluetooth note does not push what is below it down on arrival.
 */
export function useBluetoothSupportSettled(): boolean {
  const [settled, setSettled] = useState(() => answer !== null);
  useEffect(() => {
    const done = () => setSettled(true);
    loadBluetoothSupport().then(done, done);
  }, []);
  return settled;
}
