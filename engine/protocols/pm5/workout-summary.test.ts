import { describe, expect, it } from 'vitest';
import { decodeWorkoutSummary, encodeWorkoutSummary } from './workout-summary.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector, viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

// Real PM5 frames from the end of a 100 m piece rowed on 2016-03-06 (ErgometerJS row100meter.ts).
describe('PM5 end of workout summary 0x0039', () => {
  it('decodes the summary, with the log date the trace was recorded on', () => {
    expect(decodeWorkoutSummary(publicVector('pm5_0039_summary').view)).toEqual({
      logDate: '2016-03-06',
      logTime: '11:36',
      elapsedS: 25,
      distanceM: 100,
      averageStrokeRateSpm: 24,
      endingHeartRateBpm: 0,
      averageHeartRateBpm: 0,
      minHeartRateBpm: 0,
      maxHeartRateBpm: 0,
      averageDragFactor: 0,
      recoveryHeartRateBpm: 0,
      workoutType: 3,
      averagePaceS500m: 125,
    });
  });

  it('reads each heart rate from its own offset (hand-built frame)', () => {
    const s = decodeWorkoutSummary(
      viewFromHex('6320 240b 20bf02 409c00 1c 96 8c 5a aa 73 64 05 9c04'),
    );
    expect(s).toMatchObject({
      elapsedS: 1800,
      distanceM: 4000,
      averageStrokeRateSpm: 28,
      endingHeartRateBpm: 150,
      averageHeartRateBpm: 140,
      minHeartRateBpm: 90,
      maxHeartRateBpm: 170,
      averageDragFactor: 115,
      recoveryHeartRateBpm: 100,
      workoutType: 5,
      averagePaceS500m: 118,
    });
  });

  it('has no average pace in the 18-byte multiplexed form', () => {
    const mux = publicVector('pm5_0039_summary').bytes.slice(0, 18);
    expect(decodeWorkoutSummary(viewOf(mux), 'mux').averagePaceS500m).toBeNull();
    expect(() => decodeWorkoutSummary(viewOf(mux))).toThrow(FrameTooShortError);
  });

  it('round-trips both forms', () => {
    expectBytesRoundTrip(
      [20],
      (v) => decodeWorkoutSummary(v),
      (s) => encodeWorkoutSummary(s),
    );
    expectBytesRoundTrip(
      [18],
      (v) => decodeWorkoutSummary(v, 'mux'),
      (s) => encodeWorkoutSummary(s, 'mux'),
    );
  });
});
