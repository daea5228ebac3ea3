import { describe, expect, it } from 'vitest';
import {
  decodeAdditionalStrokeData,
  encodeAdditionalStrokeData,
} from './additional-stroke-data.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';
import { caloriesPerHour } from '../../rowing/concept2.ts';

describe('PM5 additional stroke data 0x0036', () => {
  it('decodes stroke 10 of the real piece (ErgometerJS row100meter.ts)', () => {
    expect(decodeAdditionalStrokeData(publicVector('pm5_0036_stroke10').view)).toEqual({
      elapsedS: 24.98,
      strokePowerW: 191,
      strokeCaloriesPerHour: 957,
      strokeCount: 10,
      projectedWorkTimeS: 25,
      projectedWorkDistanceM: 0,
      workPerStrokeJ: null,
    });
  });

  it('stroke calories fit the PM cal/hr formula for the stroke power (within 1 cal/hr)', () => {
    const s = decodeAdditionalStrokeData(publicVector('pm5_0036_stroke10').view);
    expect(Math.abs(caloriesPerHour(s.strokePowerW) - s.strokeCaloriesPerHour)).toBeLessThan(1);
  });

  it('carries work per stroke only in the multiplexed form', () => {
    const mux = new Uint8Array([...publicVector('pm5_0036_stroke10').bytes, 0xa3, 0x13]);
    expect(decodeAdditionalStrokeData(viewOf(mux), 'mux').workPerStrokeJ).toBeCloseTo(502.7, 6);
  });

  it('throws a typed error below 15 bytes', () => {
    const short = publicVector('pm5_0036_stroke10').bytes.slice(0, 14);
    expect(() => decodeAdditionalStrokeData(viewOf(short))).toThrow(FrameTooShortError);
  });

  it('round-trips both forms', () => {
    expectBytesRoundTrip(
      [15],
      (v) => decodeAdditionalStrokeData(v),
      (s) => encodeAdditionalStrokeData(s),
    );
    expectBytesRoundTrip(
      [17],
      (v) => decodeAdditionalStrokeData(v, 'mux'),
      (s) => encodeAdditionalStrokeData(s, 'mux'),
    );
  });
});
