import { describe, expect, it } from 'vitest';
import {
  tenKFromThresholdPace,
  thresholdPaceFromHistory,
  thresholdPaceFromRace,
  twoKFromHistory,
  twoKFromPiece,
  weeklyMinutesFromHistory,
  type DoneSession,
} from './history-estimates';

const run = (date: string, distanceM: number, movingS: number): DoneSession => ({
  date,
  sport: 'run',
  distanceM,
  movingS,
});
const row = (date: string, distanceM: number, movingS: number): DoneSession => ({
  date,
  sport: 'row',
  distanceM,
  movingS,
});

describe('weekly minutes from history', () => {
  it('divides by the history there is: two 30-minute rows last week are 60 minutes a week', () => {
    const sessions = [row('2027-01-05', 6000, 1800), row('2027-01-07', 6000, 1800)];
    expect(weeklyMinutesFromHistory(sessions, 'row', '2027-01-09')).toBe(60);
  });

  it('averages the last four weeks of a longer history and counts only the sport asked', () => {
    const sessions = [
      run('2026-11-01', 5000, 1800),
      ...[1, 8, 15, 22].map((d) => run(`2027-01-${String(d).padStart(2, '0')}`, 8000, 2700)),
      row('2027-01-20', 5000, 1200),
    ];
    expect(weeklyMinutesFromHistory(sessions, 'run', '2027-01-25')).toBe(45);
    expect(weeklyMinutesFromHistory(sessions, 'run', '2027-03-25')).toBeNull();
  });
});

describe('paces from history and from a best effort', () => {
  it('reads a 20:00 5 km as threshold about 4:16 /km (VDOT 49.8; Daniels’ table: 4:15 at 50)', () => {
    expect(thresholdPaceFromRace(5000, 1200)).toBeGreaterThan(254);
    expect(thresholdPaceFromRace(5000, 1200)).toBeLessThan(258);
  });

  it('reads a threshold of 4:15 /km as a 41:2x 10 km (Daniels’ table at VDOT 50: 4:15 and 41:21)', () => {
    const tenK = tenKFromThresholdPace(255);
    expect(tenK.distanceM).toBe(10_000);
    expect(tenK.timeS).toBeGreaterThan(41 * 60 + 10);
    expect(tenK.timeS).toBeLessThan(41 * 60 + 30);
    for (const timeS of [1_800, 3_000, 4_500])
      expect(tenKFromThresholdPace(thresholdPaceFromRace(10_000, timeS)).timeS).toBeCloseTo(
        timeS,
        -1,
      );
  });

  it('takes the quickest run of at least 3 km and says which', () => {
    const quick = run('2027-01-05', 5000, 1500);
    const estimate = thresholdPaceFromHistory([
      run('2027-01-03', 2000, 480),
      quick,
      run('2027-01-07', 10000, 3600),
    ]);
    expect(estimate?.from).toBe(quick);
    expect(estimate?.valueS).toBeCloseTo(thresholdPaceFromRace(5000, 1500), 6);
    expect(thresholdPaceFromHistory([row('2027-01-05', 5000, 1200)])).toBeNull();
  });

  it('moves a 5,000 m row to 2k by Paul’s law: 20:00 (2:00 /500 m) is a 7:36.9 2k', () => {
    expect(twoKFromPiece(5000, 1200)).toBeCloseTo(4 * (120 - 5 * Math.log2(2.5)), 6);
    const estimate = twoKFromHistory([row('2027-01-05', 5000, 1200), row('2027-01-06', 2000, 500)]);
    expect(estimate?.valueS).toBeCloseTo(twoKFromPiece(5000, 1200), 6);
  });
});
