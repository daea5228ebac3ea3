import { describe, expect, it } from 'vitest';
import { decodeStrokeData, encodeStrokeData } from './stroke-data.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

describe('PM5 stroke data 0x0035', () => {
  it('decodes stroke 10 of the real piece field by field (ErgometerJS row100meter.ts)', () => {
    const s = decodeStrokeData(publicVector('pm5_0035_stroke10').view);
    expect(s.elapsedS).toBeCloseTo(24.98, 6);
    expect(s.distanceM).toBeCloseTo(99.9, 6);
    expect(s.driveLengthM).toBeCloseTo(1.27, 6);
    expect(s.driveTimeS).toBeCloseTo(0.59, 6);
    expect(s.recoveryTimeS).toBeCloseTo(1.83, 6);
    expect(s.strokeDistanceM).toBeCloseTo(10.75, 6);
    expect(s.peakDriveForceLbs).toBeCloseTo(169.9, 6);
    expect(s.averageDriveForceLbs).toBeCloseTo(111.5, 6);
    expect(s.workPerStrokeJ).toBeCloseTo(502.7, 6);
    expect(s.strokeCount).toBe(10);
  });

  it('reports the first stroke’s 0xFFFF work as null', () => {
    const s = decodeStrokeData(publicVector('pm5_0035_first_stroke').view);
    expect(s.workPerStrokeJ).toBeNull();
    expect(s.strokeCount).toBe(1);
    expect(s.recoveryTimeS).toBe(0);
  });

  it('reads the stroke count at offset 16 in the multiplexed form', () => {
    const direct = publicVector('pm5_0035_stroke10').bytes;
    const mux = new Uint8Array([...direct.slice(0, 16), ...direct.slice(18)]);
    const s = decodeStrokeData(viewOf(mux), 'mux');
    expect(s.strokeCount).toBe(10);
    expect(s.workPerStrokeJ).toBeNull();
  });

  it('throws a typed error for a truncated frame', () => {
    const short = publicVector('pm5_0035_stroke10').bytes.slice(0, 12);
    expect(() => decodeStrokeData(viewOf(short))).toThrow(FrameTooShortError);
  });

  it('round-trips both forms', () => {
    expectBytesRoundTrip(
      [20],
      (v) => decodeStrokeData(v),
      (s) => encodeStrokeData(s),
    );
    expectBytesRoundTrip(
      [18],
      (v) => decodeStrokeData(v, 'mux'),
      (s) => encodeStrokeData(s, 'mux'),
    );
  });
});
