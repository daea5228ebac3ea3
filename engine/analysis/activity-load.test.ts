import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import { createStreamBuilder } from '../activity/stream-builder.ts';
import type { Activity } from '../activity/types.ts';
import { activityLoad, trimpCoefficients } from './activity-load.ts';
import { outputStreams } from './output-streams.ts';

function steadyRow(powerW: number, seconds: number, hr?: number): Activity {
  const builder = createStreamBuilder();
  for (let t = 0; t <= seconds; t++) builder.push({ timeS: t, powerW, heartRateBpm: hr });
  return {
    sport: 'rowing',
    subSport: 'indoor_rowing',
    startTime: '2026-01-01T00:00:00.000Z',
    source: 'recorder',
    device: null,
    laps: [],
    pauses: [],
    streams: builder.build(),
  };
}

describe('activity load', () => {
  const athlete = resolveAthlete({ rowingFtpW: 250 });
  const ones = (n: number) => Float64Array.from({ length: n + 1 }, (_, i) => (i === 0 ? 0 : 1));

  it('one hour of rowing at FTP is power TSS 100, chosen over HRSS', () => {
    const row = steadyRow(250, 3600, 150);
    const load = activityLoad(row, athlete, outputStreams(row), ones(3600));
    expect(load.normalizedPowerW).toBeCloseTo(250, 6);
    expect(load.load.method).toBe('power-tss');
    expect(load.load.value).toBeCloseTo(100, 6);
    expect(load.hrss).not.toBeNull();
  });
  it('picks Morton’s female coefficients by default and the chosen a when set', () => {
    expect(trimpCoefficients(resolveAthlete({ sex: 'female' }))).toEqual({ a: 0.86, b: 1.67 });
    expect(trimpCoefficients(resolveAthlete({ sex: 'female', femaleTrimpA: 0.64 }))).toEqual({
      a: 0.64,
      b: 1.67,
    });
    expect(trimpCoefficients(resolveAthlete())).toEqual({ a: 0.64, b: 1.92 });
  });
});
