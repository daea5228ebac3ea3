import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeMachineStatus, encodeMachineStatus, type MachineStatus } from './machine-status.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { hexFromBytes } from '../hex.ts';
import { viewFromHex } from '../test-support/public-vectors.ts';

// Op codes and parameters: Fitness Machine Service 1.0 §4.17, as listed in Open Rowing Monitor
// ftms/FitnessMachineStatusCharacteristic.js.
const BRANCHES: Array<[string, MachineStatus]> = [
  ['01', { status: 'reset' }],
  ['0201', { status: 'stoppedOrPausedByUser', control: 'stop' }],
  ['0202', { status: 'stoppedOrPausedByUser', control: 'pause' }],
  ['03', { status: 'stoppedBySafetyKey' }],
  ['04', { status: 'startedOrResumedByUser' }],
  ['051a04', { status: 'targetSpeedChanged', speedKmh: 10.5 }],
  ['06f1ff', { status: 'targetInclineChanged', inclinationPct: -1.5 }],
  ['0750', { status: 'targetResistanceLevelChanged', resistanceLevel: 8 }],
  ['08fa00', { status: 'targetPowerChanged', powerW: 250 }],
  ['0996', { status: 'targetHeartRateChanged', heartRateBpm: 150 }],
  ['ff', { status: 'controlPermissionLost' }],
  ['0e1027', { status: 'other', opCode: 0x0e, parameter: Uint8Array.from([0x10, 0x27]) }],
];

describe('FTMS machine status 0x2ADA', () => {
  it.each(BRANCHES)('%s decodes to %j and encodes back', (hex, status) => {
    expect(decodeMachineStatus(viewFromHex(hex))).toEqual(status);
    expect(hexFromBytes(encodeMachineStatus(status))).toBe(hex);
  });

  it('reads the padded 2-byte frames Open Rowing Monitor sends (01 00, 02 00, 04 00)', () => {
    expect(decodeMachineStatus(viewFromHex('0100'))).toEqual({ status: 'reset' });
    expect(decodeMachineStatus(viewFromHex('0200'))).toEqual({
      status: 'stoppedOrPausedByUser',
      control: null,
    });
    expect(decodeMachineStatus(viewFromHex('0400'))).toEqual({ status: 'startedOrResumedByUser' });
  });

  it('throws a typed error when the parameter is cut short', () => {
    expect(() => decodeMachineStatus(viewFromHex('05 1a'))).toThrow(FrameTooShortError);
    expect(() => decodeMachineStatus(viewFromHex('02'))).toThrow(FrameTooShortError);
    expect(() => decodeMachineStatus(viewOf(new Uint8Array(0)))).toThrow(FrameTooShortError);
  });

  it('round-trips any status at the resolution of its field', () => {
    const status: fc.Arbitrary<MachineStatus> = fc.oneof(
      fc.constantFrom<MachineStatus>(
        { status: 'reset' },
        { status: 'stoppedBySafetyKey' },
        { status: 'startedOrResumedByUser' },
        { status: 'controlPermissionLost' },
        { status: 'stoppedOrPausedByUser', control: 'stop' },
        { status: 'stoppedOrPausedByUser', control: 'pause' },
      ),
      fc
        .integer({ min: 0, max: 0xffff })
        .map((n) => ({ status: 'targetSpeedChanged' as const, speedKmh: n / 100 })),
      fc
        .integer({ min: -0x8000, max: 0x7fff })
        .map((n) => ({ status: 'targetInclineChanged' as const, inclinationPct: n / 10 })),
      fc
        .integer({ min: 0, max: 0xff })
        .map((n) => ({ status: 'targetResistanceLevelChanged' as const, resistanceLevel: n / 10 })),
      fc
        .integer({ min: -0x8000, max: 0x7fff })
        .map((n) => ({ status: 'targetPowerChanged' as const, powerW: n })),
      fc
        .integer({ min: 0, max: 0xff })
        .map((n) => ({ status: 'targetHeartRateChanged' as const, heartRateBpm: n })),
      fc
        .record({
          opCode: fc.integer({ min: 0x0a, max: 0x15 }),
          parameter: fc.uint8Array({ maxLength: 6 }),
        })
        .map((o) => ({ status: 'other' as const, ...o })),
    );
    fc.assert(
      fc.property(status, (s) => {
        expect(decodeMachineStatus(viewOf(encodeMachineStatus(s)))).toEqual(s);
      }),
      { numRuns: 400 },
    );
  });
});
