import { describe, expect, it } from 'vitest';
import { decodeBatteryLevel, encodeBatteryLevel } from './battery-level.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';

describe('Battery Level 0x2A19 (Battery Service 1.0 §3.1)', () => {
  it('is one byte of percent', () => {
    expect(decodeBatteryLevel(viewOf(Uint8Array.from([0x5a])))).toEqual({ batteryLevelPct: 90 });
  });

  it('throws a typed error on an empty read', () => {
    expect(() => decodeBatteryLevel(viewOf(new Uint8Array(0)))).toThrow(FrameTooShortError);
  });

  it('round-trips every value', () => {
    for (let pct = 0; pct <= 255; pct++) {
      expect(decodeBatteryLevel(viewOf(encodeBatteryLevel({ batteryLevelPct: pct })))).toEqual({
        batteryLevelPct: pct,
      });
    }
  });
});
