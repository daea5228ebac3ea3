import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import type { Activity } from '../activity/types.ts';
import { activitySplits } from './activity-splits.ts';
import { analyzeActivity } from './analyze-activity.ts';

/**
 * A 2 km run at 4 m/s with the runner standing still for 90 s half-way through the first km,
 * the watch's timer still running (no pause in the file).
 */
function runWithStop(): Activity {
  const speeds: number[] = [];
  for (let t = 0; t < 125; t++) speeds.push(4);
  for (let t = 0; t < 90; t++) speeds.push(0);
  for (let t = 0; t < 400; t++) speeds.push(4);
  const n = speeds.length;
  const distanceM = new Float64Array(n);
  for (let i = 1; i < n; i++) distanceM[i] = distanceM[i - 1]! + speeds[i]!;
  const nan32 = () => new Float32Array(n).fill(Number.NaN);
  return {
    sport: 'running',
    subSport: null,
    startTime: '2026-05-01T07:00:00.000Z',
    source: 'gpx',
    device: null,
    laps: [],
    pauses: [],
    streams: {
      timeS: Float64Array.from({ length: n }, (_, i) => i),
      heartRateBpm: new Float32Array(n).fill(150),
      speedMps: Float32Array.from(speeds),
      powerW: nan32(),
      cadence: nan32(),
      distanceM,
      latitudeDeg: new Float64Array(n).fill(Number.NaN),
      longitudeDeg: new Float64Array(n).fill(Number.NaN),
      altitudeM: nan32(),
    },
  };
}

describe('activitySplits', () => {
  it('times each split on moving time, so the splits agree with the summary pace', () => {
    const run = runWithStop();
    const splits = activitySplits(run, 1000);
    expect(splits.length).toBeGreaterThanOrEqual(2);
    // 1000 m at 4 m/s is 250 s of moving; the 90 s stand is left out.
    expect(splits[0]!.movingS).toBeCloseTo(250, 0);
    expect(splits[0]!.elapsedS).toBeGreaterThan(330);
    const summary = analyzeActivity(run, resolveAthlete({}));
    const movingInSplits = splits.reduce((sum, s) => sum + s.movingS, 0);
    expect(movingInSplits).toBeCloseTo(summary.movingS, 0);
    expect(summary.splits.km.map((s) => s.movingS)).toEqual(splits.map((s) => s.movingS));
  });
});
