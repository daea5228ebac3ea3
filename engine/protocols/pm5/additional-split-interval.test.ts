import { describe, expect, it } from 'vitest';
import {
  decodeAdditionalSplitInterval,
  encodeAdditionalSplitInterval,
} from './additional-split-interval.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector, viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

// Real PM5 frames from the end of a 100 m piece (ErgometerJS row100meter.ts).
describe('PM5 additional split/interval data 0x0038', () => {
  it('decodes the first split: 125.0 s/500 m in 0.1 s units, 4.000 m/s, 179 W, drag 98', () => {
    expect(decodeAdditionalSplitInterval(publicVector('pm5_0038_split1_2016fw').view)).toEqual({
      elapsedS: 25,
      intervalAverageStrokeRateSpm: 24,
      intervalWorkHeartRateBpm: 0,
      intervalRestHeartRateBpm: 0,
      intervalAveragePaceS500m: 125,
      intervalTotalCaloriesKcal: 6,
      intervalAverageCaloriesPerHour: 916,
      intervalSpeedMps: 4,
      intervalPowerW: 179,
      intervalAverageDragFactor: 98,
      intervalNumber: 1,
      ergMachineType: null,
    });
  });

  it('reads work and rest heart rates from their own offsets (hand-built frame)', () => {
    const s = decodeAdditionalSplitInterval(
      viewFromHex('e02e00 1c a0 78 9c04 0a00 d804 2710 d200 73 02'),
    );
    expect(s).toMatchObject({
      intervalAverageStrokeRateSpm: 28,
      intervalWorkHeartRateBpm: 160,
      intervalRestHeartRateBpm: 120,
      intervalAveragePaceS500m: 118,
      intervalTotalCaloriesKcal: 10,
      intervalAverageCaloriesPerHour: 1240,
      intervalSpeedMps: 4.135,
      intervalPowerW: 210,
      intervalAverageDragFactor: 115,
      intervalNumber: 2,
    });
  });

  it('reads the machine type newer firmware appends as byte 18', () => {
    const newer = new Uint8Array([...publicVector('pm5_0038_split1_2016fw').bytes, 0x00]);
    expect(decodeAdditionalSplitInterval(viewOf(newer)).ergMachineType).toBe(0);
  });

  it('throws a typed error below 18 bytes', () => {
    const short = publicVector('pm5_0038_split1_2016fw').bytes.slice(0, 10);
    expect(() => decodeAdditionalSplitInterval(viewOf(short))).toThrow(FrameTooShortError);
  });

  it('round-trips 18- and 19-byte frames', () => {
    expectBytesRoundTrip([18, 19], decodeAdditionalSplitInterval, encodeAdditionalSplitInterval);
  });
});
