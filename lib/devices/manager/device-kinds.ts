/**
 * The kinds of device Splits pairs with, what each is subscribed to, and how a connected device's
 * services tell which kind it is. UUIDs come from the engine's protocol tables.
 */
import {
  PM5_CHARACTERISTICS,
  PM5_SERVICES,
  SIG_CHARACTERISTICS,
  SIG_SERVICES,
} from '../../../engine/protocols/uuids';
import type { DeviceTransport, GattAddress } from '../link/device-transport';
import type { DeviceRole } from './readings';

export type DeviceKind = 'pm5' | 'ftms-rower' | 'ftms-treadmill' | 'heart-rate' | 'footpod';

export const roleOfKind: Record<DeviceKind, DeviceRole> = {
  pm5: 'rower',
  'ftms-rower': 'rower',
  'ftms-treadmill': 'treadmill',
  'heart-rate': 'heart-rate',
  footpod: 'footpod',
};

/** How the athlete hears about a device ("Heart-rate strap lost — reconnecting…"). */
export const kindLabel: Record<DeviceKind, string> = {
  pm5: 'Rowing monitor',
  'ftms-rower': 'Rowing machine',
  'ftms-treadmill': 'Treadmill',
  'heart-rate': 'Heart-rate strap',
  footpod: 'Footpod',
};

const pm5 = (characteristic: string): GattAddress => ({
  service: PM5_SERVICES.rowing,
  characteristic,
});

/**
 * The PM5's time-driven status records (0x0031, 0x0032) carry distance, speed, rate and heart
 * rate; stroke data and stroke power (0x0035, 0x0036) arrive at each drive's end (docs/pm5.md).
 * 0x0080 would duplicate them, so it is left off.
 */
export const subscriptionsOfKind: Record<DeviceKind, GattAddress[]> = {
  pm5: [
    pm5(PM5_CHARACTERISTICS.generalStatus),
    pm5(PM5_CHARACTERISTICS.additionalStatus),
    pm5(PM5_CHARACTERISTICS.strokeData),
    pm5(PM5_CHARACTERISTICS.additionalStrokeData),
  ],
  'ftms-rower': [
    { service: SIG_SERVICES.fitnessMachine, characteristic: SIG_CHARACTERISTICS.rowerData },
  ],
  'ftms-treadmill': [
    { service: SIG_SERVICES.fitnessMachine, characteristic: SIG_CHARACTERISTICS.treadmillData },
  ],
  'heart-rate': [
    { service: SIG_SERVICES.heartRate, characteristic: SIG_CHARACTERISTICS.heartRateMeasurement },
  ],
  footpod: [
    {
      service: SIG_SERVICES.runningSpeedAndCadence,
      characteristic: SIG_CHARACTERISTICS.rscMeasurement,
    },
  ],
};

export const batteryLevel: GattAddress = {
  service: SIG_SERVICES.battery,
  characteristic: SIG_CHARACTERISTICS.batteryLevel,
};

export const pm5Control = {
  write: { service: PM5_SERVICES.control, characteristic: PM5_CHARACTERISTICS.controlWrite },
  notify: { service: PM5_SERVICES.control, characteristic: PM5_CHARACTERISTICS.controlNotify },
} as const;

/**
 * Every service any kind uses must be named when the chooser is opened, or Web Bluetooth refuses
 * to touch it later (PM5 subservices as ErgometerJS performancemonitorBle.ts initDriver does).
 */
export const bluetoothRequest = {
  filters: [
    { services: [PM5_SERVICES.discovery] },
    { namePrefix: 'PM5' },
    { services: [SIG_SERVICES.heartRate] },
    { services: [SIG_SERVICES.fitnessMachine] },
    { services: [SIG_SERVICES.runningSpeedAndCadence] },
  ],
  optionalServices: [
    PM5_SERVICES.discovery,
    PM5_SERVICES.deviceInformation,
    PM5_SERVICES.control,
    PM5_SERVICES.rowing,
    SIG_SERVICES.heartRate,
    SIG_SERVICES.battery,
    SIG_SERVICES.fitnessMachine,
    SIG_SERVICES.runningSpeedAndCadence,
  ],
};

/** Which kind a connected device is, from what it offers; null when Splits cannot use it. */
export async function detectKind(transport: DeviceTransport): Promise<DeviceKind | null> {
  const services = new Set(await transport.services());
  if (services.has(PM5_SERVICES.rowing)) return 'pm5';
  if (services.has(SIG_SERVICES.fitnessMachine)) {
    const [rower] = subscriptionsOfKind['ftms-rower'];
    if (rower && (await transport.hasCharacteristic(rower))) return 'ftms-rower';
    const [treadmill] = subscriptionsOfKind['ftms-treadmill'];
    if (treadmill && (await transport.hasCharacteristic(treadmill))) return 'ftms-treadmill';
  }
  if (services.has(SIG_SERVICES.runningSpeedAndCadence)) return 'footpod';
  if (services.has(SIG_SERVICES.heartRate)) return 'heart-rate';
  return null;
}
