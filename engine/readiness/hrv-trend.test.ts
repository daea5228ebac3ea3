import { describe, expect, it } from 'vitest';
import { addDays } from '../plan/calendar-date.ts';
import { hrvTrend } from './hrv-trend.ts';
import type { JournalEntry } from './journal.ts';

const today = '2027-03-20';
const series = (values: number[], endOffset: number): JournalEntry[] =>
  values.map((rmssdMs, i) => ({
    date: addDays(today, endOffset - (values.length - 1) + i),
    rmssdMs,
  }));

describe('hrvTrend (SCIENCE.md T27)', () => {
  const normal = [60, 65, 58, 70, 62, 66, 59, 63, 61, 67, 64, 60, 62, 65];
  const lowWeek = [55, 52, 50, 54, 49, 53, 51];

  it('finds this week (3.9505) below the normal range [4.1162, 4.1674]', () => {
    const trend = hrvTrend([...series(normal, -7), ...series(lowWeek, 0)], today);
    expect(trend.normal!.meanLn).toBeCloseTo(4.1418, 3);
    expect(trend.normal!.sdLn).toBeCloseTo(0.05119, 4);
    expect(trend.normal!.lowLn).toBeCloseTo(4.1162, 3);
    expect(trend.normal!.highLn).toBeCloseTo(4.1674, 3);
    expect(trend.weekMeanLn).toBeCloseTo(3.9505, 3);
    expect(trend.status).toBe('below');
    expect(trend.todayZ).toBeCloseTo(-4.1, 1);
  });

  it('counts the days in a row the weekly mean has sat below the range', () => {
    const longNormal = [...normal, ...normal, ...normal];
    const lowDays = [50, 49, 51, 48, 50, 52, 49, 50, 51, 49];
    const trend = hrvTrend([...series(longNormal, -lowDays.length), ...series(lowDays, 0)], today);
    // The band is narrow (±0.5 SD), so from the first low morning on the week's mean sits below it.
    expect(trend.daysBelow).toBe(lowDays.length);
    expect(hrvTrend(series(longNormal, 0), today).daysBelow).toBe(0);
  });

  it('needs 3 readings in the week (Plews 2014) before it judges the trend', () => {
    const trend = hrvTrend([...series(normal, -7), ...series([50, 49], 0)], today);
    expect(trend.readingsThisWeek).toBe(2);
    expect(trend.status).toBeNull();
  });

  it('needs 14 readings to know the normal range', () => {
    const trend = hrvTrend([...series(normal.slice(0, 10), -7), ...series(lowWeek, 0)], today);
    expect(trend.normal).toBeNull();
    expect(trend.status).toBeNull();
  });
});
