import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeFitnessMachineFeature,
  encodeFitnessMachineFeature,
  MACHINE_FEATURES,
  TARGET_SETTING_FEATURES,
} from './fitness-machine-feature.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { viewFromHex } from '../test-support/public-vectors.ts';

describe('FTMS Fitness Machine Feature 0x2ACC (FTMS 1.0 §4.3)', () => {
  it('names the set bits of both fields', () => {
    // Machine features 0x00005406: cadence, total distance, expended energy, elapsed time, power.
    // Target settings 0x0000000C: resistance and power targets.
    expect(decodeFitnessMachineFeature(viewFromHex('06540000 0c000000'))).toEqual({
      machineFeatures: [
        'cadence',
        'totalDistance',
        'heartRateMeasurement',
        'elapsedTime',
        'powerMeasurement',
      ],
      targetSettingFeatures: ['resistanceTarget', 'powerTarget'],
    });
  });

  it('throws a typed error below 8 bytes', () => {
    expect(() => decodeFitnessMachineFeature(viewFromHex('0654 0000'))).toThrow(FrameTooShortError);
  });

  it('round-trips any feature set', () => {
    fc.assert(
      fc.property(
        fc.subarray([...MACHINE_FEATURES]),
        fc.subarray([...TARGET_SETTING_FEATURES]),
        (machineFeatures, targetSettingFeatures) => {
          const value = { machineFeatures, targetSettingFeatures };
          expect(decodeFitnessMachineFeature(viewOf(encodeFitnessMachineFeature(value)))).toEqual(
            value,
          );
        },
      ),
    );
  });
});
