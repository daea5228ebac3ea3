import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cyclingPowerExpectedBytes,
  decodeCyclingPowerMeasurement,
  encodeCyclingPowerMeasurement,
} from './cycling-power-measurement.ts';
import { FieldRangeError, FrameTooShortError, viewOf } from '../bytes.ts';
import { viewFromHex } from '../test-support/public-vectors.ts';
import { hexFromBytes } from '../hex.ts';

const BASE = {
  pedalPowerBalanceReference: 'unknown',
  accumulatedTorqueSource: 'wheel',
  offsetCompensation: false,
} as const;

// One vector per flag bit, from the field formats of Cycling Power Service 1.1 §3.2 / the GATT
// XML cycling_power_measurement (DEVICES-RESEARCH.md §3.5). Power 250 W = fa00 throughout.
const BRANCHES: Array<[string, string, object]> = [
  ['bit 0 balance', '0100 fa00 64', { pedalPowerBalancePct: 50 }],
  ['bit 1 left reference', '0200 fa00', { pedalPowerBalanceReference: 'left' }],
  ['bit 2 torque', '0400 fa00 5001', { accumulatedTorqueNm: 10.5 }],
  ['bit 3 crank source', '0800 fa00', { accumulatedTorqueSource: 'crank' }],
  [
    'bit 4 wheel',
    '1000 fa00 39300000 0010',
    { cumulativeWheelRevolutions: 12345, lastWheelEventTimeS: 2 },
  ],
  [
    'bit 5 crank',
    '2000 fa00 9001 0002',
    { cumulativeCrankRevolutions: 400, lastCrankEventTimeS: 0.5 },
  ],
  ['bit 6 forces', '4000 fa00 2c01 ceff', { maximumForceN: 300, minimumForceN: -50 }],
  ['bit 7 torques', '8000 fa00 4001 e0ff', { maximumTorqueNm: 10, minimumTorqueNm: -1 }],
  // Maximum 180° in the low 12 bits, minimum 90° in the high 12: 0x05A0B4.
  ['bit 8 angles', '0001 fa00 b4a005', { maximumAngleDeg: 180, minimumAngleDeg: 90 }],
  ['bit 9 top dead spot', '0002 fa00 0a00', { topDeadSpotAngleDeg: 10 }],
  ['bit 10 bottom dead spot', '0004 fa00 b400', { bottomDeadSpotAngleDeg: 180 }],
  ['bit 11 energy', '0008 fa00 2a00', { accumulatedEnergyKj: 42 }],
  ['bit 12 offset compensation', '0010 fa00', { offsetCompensation: true }],
];

describe('Cycling Power Measurement 0x2A63', () => {
  it.each(BRANCHES)('%s', (_name, hex, fields) => {
    const decoded = decodeCyclingPowerMeasurement(viewFromHex(hex));
    expect(decoded).toEqual({ instantaneousPowerW: 250, ...BASE, ...fields });
    expect(hexFromBytes(encodeCyclingPowerMeasurement(decoded))).toBe(hex.replaceAll(' ', ''));
  });

  it('decodes the bluetooth-sig-python vectors that follow the specification', () => {
    // RonanB96/bluetooth-sig-python tests/gatt/characteristics/test_cycling_power_measurement.py
    expect(decodeCyclingPowerMeasurement(viewFromHex('0000 fa00'))).toEqual({
      instantaneousPowerW: 250,
      ...BASE,
    });
    expect(decodeCyclingPowerMeasurement(viewFromHex('0100 2c01 64'))).toMatchObject({
      instantaneousPowerW: 300,
      pedalPowerBalancePct: 50,
    });
    expect(decodeCyclingPowerMeasurement(viewFromHex('1000 4b01 39300000 0008'))).toMatchObject({
      instantaneousPowerW: 331,
      cumulativeWheelRevolutions: 12345,
      lastWheelEventTimeS: 1,
    });
    expect(decodeCyclingPowerMeasurement(viewFromHex('2000 7001 9001 0004'))).toMatchObject({
      instantaneousPowerW: 368,
      cumulativeCrankRevolutions: 400,
      lastCrankEventTimeS: 1,
    });
  });

  it('reads bit 3 as the torque source, not as energy (where bluetooth-sig-python differs)', () => {
    // That suite's "10 kJ" vector: by the specification bit 3 only marks crank-based torque, no
    // field follows it, and the two trailing bytes are ignored.
    expect(decodeCyclingPowerMeasurement(viewFromHex('0800 4001 0a00'))).toEqual({
      ...BASE,
      instantaneousPowerW: 320,
      accumulatedTorqueSource: 'crank',
    });
  });

  it('decodes wheel and crank data laid out as Open Rowing Monitor sends them', () => {
    // ORM cps/CpsMeasurementCharacteristic.js: flags wheel|crank, power, distance in cm as wheel
    // revolutions, moving time in 1/2048 s, strokes as crank revolutions, last drive in 1/1024 s.
    expect(decodeCyclingPowerMeasurement(viewFromHex('3000 c800 10270000 0050 6400 0028'))).toEqual(
      {
        ...BASE,
        instantaneousPowerW: 200,
        cumulativeWheelRevolutions: 10000,
        lastWheelEventTimeS: 10,
        cumulativeCrankRevolutions: 100,
        lastCrankEventTimeS: 10,
      },
    );
  });

  it('throws a typed error when the flags promise more than the frame holds', () => {
    expect(() => decodeCyclingPowerMeasurement(viewFromHex('0000 fa'))).toThrow(FrameTooShortError);
    expect(() => decodeCyclingPowerMeasurement(viewFromHex('1000 fa00 39300000 00'))).toThrow(
      /needs 10/,
    );
    expect(() => decodeCyclingPowerMeasurement(viewFromHex('0001 fa00 b4a0'))).toThrow(
      FrameTooShortError,
    );
  });

  it('refuses an angle that does not fit 12 bits', () => {
    expect(() =>
      encodeCyclingPowerMeasurement({ instantaneousPowerW: 0, ...BASE, maximumAngleDeg: 4096 }),
    ).toThrow(FieldRangeError);
  });

  it('round-trips any frame its flags describe', () => {
    const frame = fc.integer({ min: 0, max: 0x1fff }).chain((flags) => {
      const n = cyclingPowerExpectedBytes(flags) - 2;
      return fc
        .uint8Array({ minLength: n, maxLength: n })
        .map((rest) => Uint8Array.from([flags & 0xff, flags >> 8, ...rest]));
    });
    fc.assert(
      fc.property(frame, (bytes) => {
        const decoded = decodeCyclingPowerMeasurement(viewOf(bytes));
        expect(Array.from(encodeCyclingPowerMeasurement(decoded))).toEqual(Array.from(bytes));
      }),
      { numRuns: 500 },
    );
  });
});
