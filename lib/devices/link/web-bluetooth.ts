/// <reference types="web-bluetooth" />
/**
 * The browser side of pairing: whether Web Bluetooth is there at all (it is not in Safari, on iOS
 * or in Firefox — WebBluetoothCG implementation-status), opening the chooser, and reconnecting
 * devices this site was already allowed to use without a chooser where `getDevices()` exists.
 */
import { bluetoothRequest } from '../manager/device-kinds';
import { WebBluetoothTransport } from './web-bluetooth-transport';

export type BluetoothSupport =
  { available: true } | { available: false; reason: 'no-api' | 'insecure-context' | 'no-adapter' };

export async function bluetoothSupport(): Promise<BluetoothSupport> {
  if (typeof window === 'undefined' || !window.isSecureContext) {
    return { available: false, reason: 'insecure-context' };
  }
  if (!('bluetooth' in navigator) || !navigator.bluetooth) {
    return { available: false, reason: 'no-api' };
  }
  const adapter = await navigator.bluetooth.getAvailability();
  return adapter ? { available: true } : { available: false, reason: 'no-adapter' };
}

export class PairingCancelledError extends Error {
  readonly type = 'PairingCancelled';
  constructor() {
    super('No device was chosen.');
    this.name = 'PairingCancelledError';
  }
}

/** Opens the browser's chooser; must run inside a user gesture (a click). */
export async function chooseBluetoothDevice(): Promise<WebBluetoothTransport> {
  try {
    const device = await navigator.bluetooth.requestDevice(bluetoothRequest);
    return new WebBluetoothTransport(device);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotFoundError') {
      throw new PairingCancelledError();
    }
    throw error;
  }
}

/** Devices this site may already use, where the browser supports `getDevices()`. */
export async function rememberedBluetoothDevices(): Promise<WebBluetoothTransport[]> {
  if (typeof navigator.bluetooth?.getDevices !== 'function') return [];
  const devices = await navigator.bluetooth.getDevices();
  return devices.map((device) => new WebBluetoothTransport(device));
}
