/**
 * PM5 Additional Status 3, characteristic 0x003E (multiplexed id 0x3E, same 12 bytes): newer
 * firmware only (absent from the 2016 trace). Time-driven like 0x0031. Operational state uses the
 * enumeration in DEVICES-RESEARCH.md §1.5 (1 READY, 2 WORKOUT, 6 PAUSE, 10 IDLE …); calibration
 * fields are for the BikeErg and 0 otherwise.
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via Open Rowing Monitor
 * status-characteristics/AdditionalStatus3Characteristic.js.
 */
import { defineLayout, type LayoutValue } from './layout.ts';

const FIELDS = [
  { name: 'operationalState', offset: 0, size: 1 },
  { name: 'workoutVerificationState', offset: 1, size: 1 },
  { name: 'screenNumber', offset: 2, size: 2 },
  { name: 'lastError', offset: 4, size: 2 },
  { name: 'calibrationMode', offset: 6, size: 1 },
  { name: 'calibrationState', offset: 7, size: 1 },
  { name: 'calibrationStatus', offset: 8, size: 1 },
  { name: 'gameId', offset: 9, size: 1 },
  { name: 'gameScore', offset: 10, size: 2 },
] as const;

const layout = defineLayout('PM5 additional status 3 (0x003E)', FIELDS);

export type AdditionalStatus3 = LayoutValue<typeof FIELDS>;

export const decodeAdditionalStatus3 = (view: DataView): AdditionalStatus3 => layout.decode(view);
export const encodeAdditionalStatus3 = (value: AdditionalStatus3): Uint8Array =>
  layout.encode(value);
