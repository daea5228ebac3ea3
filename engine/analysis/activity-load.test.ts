import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import { createStreamBuilder } from '../activity/stream-builder.ts';
import type { Activity } from '../activity/types.ts';
import { activityLoad, trimpCoefficients } from './activity-load.ts';

function steadyRow(powerW: number, seconds: number, hr?: number, sport = 'rowing'): Activity {
  const builder = createStreamBuilder();
  for (let t = 0; t <= seconds; t++) builder.push({ timeS: t, powerW, heartRateBpm: hr });
  return {
    sport,
    subSport: sport === 'rowing' ? 'indoor_rowing' : null,
    startTime: '2026-01-01T00:00:00.000Z',
    source: 'recorder',
    device: null,
    laps: [],
    pauses: [],
    streams: builder.build(),
  };
}

const NO_SWIM = { distanceM: 0, movingS: 0 };

describe('activity load', () => {
  const athlete = resolveAthlete({ rowingFtpW: 250 });
  const ones = (n: number) => Float64Array.from({ length: n + 1 }, (_, i) => (i === 0 ? 0 : 1));

  it('one hour of rowing at FTP is power TSS 100, chosen over HRSS', () => {
    const row = steadyRow(250, 3600, 150);
    const load = activityLoad(row, athlete, ones(3600), NO_SWIM);
    expect(load.normalizedPowerW).toBeCloseTo(250, 6);
    expect(load.load.method).toBe('power-tss');
    expect(load.load.value).toBeCloseTo(100, 6);
    expect(load.hrss).not.toBeNull();
  });
  it('a ride at 200 W for an hour against a 250 W cycling FTP is IF 0.8, power TSS 64 (Coggan)', () => {
    const ride = steadyRow(200, 3600, 140, 'cycling');
    const cyclist = resolveAthlete({ cyclingFtpW: 250 });
    const load = activityLoad(ride, cyclist, ones(3600), NO_SWIM);
    expect(load.load.method).toBe('power-tss');
    expect(load.load.value).toBeCloseTo(64, 6);
  });
  it('without a cycling FTP a ride falls back to heart rate, and run power never counts as power TSS', () => {
    const ride = steadyRow(200, 3600, 140, 'cycling');
    const rideLoad = activityLoad(ride, athlete, ones(3600), NO_SWIM);
    expect(rideLoad.powerTss).toBeNull();
    expect(rideLoad.normalizedPowerW).toBeCloseTo(200, 6);
    expect(rideLoad.load.method).toBe('hrss');
    const run = steadyRow(300, 3600, 140, 'running');
    const runner = resolveAthlete({ cyclingFtpW: 250 });
    expect(activityLoad(run, runner, ones(3600), NO_SWIM).powerTss).toBeNull();
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
