/**
 * Battery Level, characteristic 0x2A19 (Battery Service 1.0 §3.1): one uint8, 0–100 %.
 * Values above 100 are reserved; they are passed through so a faulty sensor shows as such.
 */
import { ByteWriter, requireLength } from '../bytes.ts';

export type BatteryLevel = { batteryLevelPct: number };

export function decodeBatteryLevel(view: DataView): BatteryLevel {
  requireLength(view, 1, 'Battery level (0x2A19)');
  return { batteryLevelPct: view.getUint8(0) };
}

export function encodeBatteryLevel(value: BatteryLevel): Uint8Array {
  return new ByteWriter(1)
    .u8(value.batteryLevelPct, 'Battery level (0x2A19) batteryLevelPct')
    .bytes();
}
