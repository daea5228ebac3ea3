import { describe, expect, it } from 'vitest';
import { activeIntervalsS } from '../activity/pauses.ts';
import type { Activity } from '../activity/types.ts';
import { intervalSession } from '../formats/test-support/interval-session.ts';
import { importOne } from '../formats/test-support/import-one.ts';
import { syntheticActivity } from '../formats/test-support/synthetic-activity.ts';
import { writeTcx } from '../formats/test-support/write-tcx.ts';
import { findIntervals, isAutoLap, type IntervalAnalysis } from './intervals.ts';
import { movingIntervalsS } from './moving-time.ts';

function intervalsOf(activity: Activity): IntervalAnalysis | null {
  const s = activity.streams;
  const recordedS = activeIntervalsS(s.timeS, activity.pauses);
  return findIntervals({
    streams: s,
    recordedS,
    movingS: movingIntervalsS(recordedS, s.speedMps, s.timeS, s.distanceM),
    output: s.speedMps,
    laps: activity.laps.map((l) => ({ ...l })),
    endS: s.timeS[s.timeS.length - 1]!,
  });
}

// 4 × 1000 m at 3:40/km with 2:00 jog recoveries, 10 min warm-up and cool-down at 5:45/km.
const REP_SPEED = 1000 / 220;

describe('interval detection', () => {
  it('reads a watch workout’s laps as warm-up, four reps, three recoveries and a cool-down', () => {
    const result = intervalsOf(importOne(writeTcx(intervalSession())));
    expect(result?.source).toBe('laps');
    expect(result?.segments.map((s) => s.kind)).toEqual([
      'warmup',
      'work',
      'rest',
      'work',
      'rest',
      'work',
      'rest',
      'work',
      'cooldown',
    ]);
    const reps = result!.segments.filter((s) => s.kind === 'work');
    expect(reps.map((r) => r.rep)).toEqual([1, 2, 3, 4]);
    for (const rep of reps) {
      expect(rep.distanceM).toBeGreaterThanOrEqual(1000);
      expect(rep.distanceM).toBeLessThan(1006);
      expect(rep.avgSpeedMps!).toBeCloseTo(REP_SPEED, 1);
      expect(rep.avgHr!).toBeGreaterThan(155);
    }
    // Work-only averages: the reps alone, not diluted by the jogs.
    expect(result!.work.reps).toBe(4);
    expect(result!.work.distanceM).toBeCloseTo(4 * 1002, -1);
    expect(result!.work.avgSpeedMps!).toBeCloseTo(REP_SPEED, 1);
  });

  it('finds the same four reps in the samples when the file is one lap', () => {
    const result = intervalsOf(importOne(writeTcx(intervalSession({ lapPerStep: false }))));
    expect(result?.source).toBe('stream');
    const reps = result!.segments.filter((s) => s.kind === 'work');
    expect(reps).toHaveLength(4);
    for (const rep of reps) expect(Math.abs(rep.distanceM - 1000)).toBeLessThan(25);
    expect(result!.segments[0]!.kind).toBe('warmup');
    expect(result!.segments.at(-1)!.kind).toBe('cooldown');
    expect(result!.work.avgSpeedMps!).toBeCloseTo(REP_SPEED, 1);
  });

  it('finds 8 × 400 m with 60 s recoveries standing still', () => {
    const session = intervalSession({
      reps: 8,
      repM: 400,
      restS: 60,
      restSpeedMps: 0,
      lapPerStep: false,
    });
    const result = intervalsOf(importOne(writeTcx(session)));
    expect(result?.work.reps).toBe(8);
  });

  it('finds no intervals in a steady run, with or without auto-laps', () => {
    const steady = importOne(writeTcx(syntheticActivity({ durationS: 3000, lapEveryS: 600 })));
    expect(isAutoLap(steady.laps.map((l) => ({ ...l })))).toBe(true);
    expect(intervalsOf(steady)).toBeNull();
    expect(intervalsOf({ ...steady, laps: [] })).toBeNull();
  });

  it('tells auto-laps from pressed laps', () => {
    const km = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        startOffsetS: i * 300,
        elapsedS: 300 + (i % 2) * 7,
        distanceM: 1000,
      }));
    expect(isAutoLap(km(6))).toBe(true);
    expect(
      isAutoLap([
        { startOffsetS: 0, elapsedS: 600, distanceM: 1800 },
        { startOffsetS: 600, elapsedS: 220, distanceM: 1000 },
        { startOffsetS: 820, elapsedS: 120, distanceM: 210 },
        { startOffsetS: 940, elapsedS: 600, distanceM: 1750 },
      ]),
    ).toBe(false);
  });
});
