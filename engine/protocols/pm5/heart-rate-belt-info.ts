/**
 * PM5 Heart Rate Belt Information, characteristic 0x003B (multiplexed id 0x3B, same 6 bytes): the
 * belt the PM is paired with. Read (and written by apps that pair a belt for the PM); it is not
 * part of the time-, stroke- or split-driven notifications. Belt id is a little-endian uint32.
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts
 * (PM_Heart_Rate_Belt_Info_BLE_Payload); Open Rowing Monitor Pm5RowingService.js serves the
 * same 6 bytes.
 */
import { defineLayout, type LayoutValue } from './layout.ts';

const FIELDS = [
  { name: 'manufacturerId', offset: 0, size: 1 },
  { name: 'deviceType', offset: 1, size: 1 },
  { name: 'beltId', offset: 2, size: 4 },
] as const;

const layout = defineLayout('PM5 heart rate belt info (0x003B)', FIELDS);

/** All zero when no belt is paired (what Open Rowing Monitor serves). */
export type HeartRateBeltInfo = LayoutValue<typeof FIELDS>;

export const decodeHeartRateBeltInfo = (view: DataView): HeartRateBeltInfo => layout.decode(view);
export const encodeHeartRateBeltInfo = (value: HeartRateBeltInfo): Uint8Array =>
  layout.encode(value);
