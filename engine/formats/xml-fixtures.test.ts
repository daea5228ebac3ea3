import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import { analyzeActivity } from '../analysis/analyze-activity.ts';
import { importOne } from './test-support/import-one.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

const read = (name: string) => importOne(fixture(name), name);

describe('hand-written GPX and TCX fixtures', () => {
  it('GPX with ns3 TrackPointExtension: sport, heart rate, steps per minute, track distance, the pause', () => {
    const activity = read('two-segment-run.gpx');
    expect(activity.sport).toBe('running');
    expect(activity.source).toBe('gpx');
    expect(activity.device).toBe('StravaGPX');
    expect(Array.from(activity.streams.heartRateBpm)).toEqual([140, 142, 144, 146, 148, 150]);
    expect(activity.streams.cadence[0]).toBe(170);
    // Five steps of 0.0001° of latitude (11.1195 m each on the mean-radius sphere), one of them
    // into the second track segment: a break in recording, so it is not distance.
    expect(activity.streams.distanceM[5]).toBeCloseTo(44.48, 1);
    expect(activity.pauses).toEqual([{ startS: 10, endS: 70, reason: 'gap' }]);
    const summary = analyzeActivity(activity, resolveAthlete());
    expect(summary.elapsedS).toBe(80);
    expect(summary.recordedS).toBe(20);
  });

  it('TCX with two laps: lap distances and times from the file, heart rate per lap from samples', () => {
    const activity = read('two-lap-run.tcx');
    expect(activity.sport).toBe('running');
    expect(activity.laps.map((l) => [l.startOffsetS, l.elapsedS, l.distanceM])).toEqual([
      [0, 100, 400],
      [100, 100, 400],
    ]);
    expect(activity.streams.cadence[1]).toBe(176);
    const summary = analyzeActivity(activity, resolveAthlete());
    expect(summary.distanceM).toBe(800);
    expect(summary.avgSpeedMps).toBeCloseTo(4, 6);
    expect(summary.laps[0]!.avgHr).toBeCloseTo(150, 6);
    expect(summary.laps[1]!.avgHr).toBeCloseTo(160, 6);
    expect(summary.pace.perKmS).toBeCloseTo(250, 6);
  });
});
