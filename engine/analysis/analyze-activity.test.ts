import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import type { Activity } from '../activity/types.ts';
import { importOne } from '../formats/test-support/import-one.ts';
import { syntheticActivity } from '../formats/test-support/synthetic-activity.ts';
import { writeFit } from '../formats/test-support/write-fit.ts';
import { wattsFromSplit } from '../rowing/concept2.ts';
import { analyzeActivity } from './analyze-activity.ts';

const imported = (bytes: Uint8Array): Activity => importOne(bytes);

/** A steady activity built directly as streams: `n` one-second samples. */
function steady(
  sport: string,
  n: number,
  fields: { hr?: number; speed?: number; power?: number },
): Activity {
  const col32 = (v: number | undefined) => new Float32Array(n).fill(v ?? Number.NaN);
  const timeS = Float64Array.from({ length: n }, (_, i) => i);
  return {
    sport,
    subSport: null,
    startTime: '2026-01-01T08:00:00.000Z',
    source: 'recorder',
    device: null,
    laps: [],
    pauses: [],
    streams: {
      timeS,
      heartRateBpm: col32(fields.hr),
      speedMps: col32(fields.speed),
      powerW: col32(fields.power),
      cadence: col32(undefined),
      distanceM:
        fields.speed === undefined
          ? new Float64Array(n).fill(Number.NaN)
          : Float64Array.from(timeS, (t) => t * fields.speed!),
      latitudeDeg: new Float64Array(n).fill(Number.NaN),
      longitudeDeg: new Float64Array(n).fill(Number.NaN),
      altitudeM: col32(undefined),
    },
  };
}

describe('analyzeActivity', () => {
  const athlete = resolveAthlete({ maxHr: 190, restHr: 50, lthr: 170, thresholdPaceSPerKm: 270 });

  it('a run with a timer pause: elapsed includes it, moving time and TRIMP do not', () => {
    const run = syntheticActivity({
      durationS: 3000,
      pause: { atS: 1200, forS: 300 },
      lapEveryS: 1000,
    });
    const summary = analyzeActivity(imported(writeFit(run)), athlete);
    expect(summary.elapsedS).toBe(3000);
    expect(summary.movingS).toBe(2700);
    expect(summary.distanceM).toBeCloseTo(run.samples[run.samples.length - 1]!.distanceM, 1);
    expect(summary.avgSpeedMps).toBeCloseTo(summary.distanceM / 2700, 6);
    expect(summary.pace.perKmS).toBeCloseTo(1000 / summary.avgSpeedMps!, 6);
    expect(summary.laps).toHaveLength(3);
    expect(summary.laps.reduce((sum, lap) => sum + lap.distanceM, 0)).toBeCloseTo(
      summary.distanceM,
      0,
    );
    expect(summary.splits.km.length).toBe(Math.ceil(summary.distanceM / 1000));
    expect(summary.splits.mile[0]!.distanceM).toBeCloseTo(1609.344, 6);
    const zoneSeconds = summary.zones.heartRateLthr!.reduce((sum, z) => sum + z.seconds, 0);
    expect(zoneSeconds).toBeCloseTo(2700, 6);
    expect(summary.elevationGainM).toBeGreaterThan(40);
    expect(summary.load.method).toBe('running-tss');
    expect(summary.avgPowerW).toBeNull();
  });

  it('hour-long steady run at threshold pace on the flat scores running TSS 100', () => {
    const summary = analyzeActivity(
      steady('running', 3601, { hr: 150, speed: 1000 / 270 }),
      athlete,
    );
    expect(summary.load).toEqual({ value: expect.closeTo(100, 1), method: 'running-tss' });
    // T1: one hour at 150 bpm (rest 50, max 190) is TRIMP 108.1; T7: HRSS 63.34 with LTHR 170.
    expect(summary.trimp).toBeCloseTo(108.095, 1);
    expect(summary.hrss).toBeCloseTo(63.34, 1);
    expect(summary.efficiencyFactor).toBeCloseTo(((1000 / 270) * 60) / 150, 6);
    expect(summary.decouplingPct).toBeCloseTo(0, 6);
  });

  it('withholds decoupling with a reason for a short row and for intervals', () => {
    const shortRow = analyzeActivity(steady('rowing', 1200, { hr: 140, speed: 4 }), athlete);
    expect(shortRow.decouplingPct).toBeNull();
    expect(shortRow.decoupling.reason?.type).toBe('too-short');
    const intervals = steady('running', 3600, { hr: 150, speed: 3 });
    // Four minutes fast, two minutes jogging, for the whole hour.
    intervals.streams.speedMps = Float32Array.from({ length: 3600 }, (_, t) =>
      t % 360 < 240 ? 4.6 : 2.4,
    );
    const summary = analyzeActivity(intervals, athlete);
    expect(summary.decouplingPct).toBeNull();
    expect(summary.decoupling.reason?.type).toBe('not-steady');
  });

  it('a ride with power decouples on watts (Pw:HR), not on its wind- and slope-driven speed', () => {
    const ride = steady('cycling', 3600, { hr: 140, speed: 8, power: 200 });
    // Speed swings with the terrain every two minutes while power and heart rate hold steady.
    ride.streams.speedMps = Float32Array.from({ length: 3600 }, (_, t) => (t % 240 < 120 ? 11 : 5));
    const summary = analyzeActivity(ride, athlete);
    expect(summary.decoupling.reason).toBeNull();
    expect(summary.decouplingPct).toBeCloseTo(0, 6);
  });

  it('an erg row scores power TSS from NP over rowing FTP, with Concept2 split and calories', () => {
    const row = analyzeActivity(
      imported(writeFit(syntheticActivity({ sport: 'rowing', durationS: 1800 }))),
      athlete,
    );
    expect(row.sport).toBe('rowing');
    expect(row.load.method).toBe('power-tss');
    expect(row.load.value).toBeCloseTo(
      0.5 * (row.normalizedPowerW! / athlete.rowingFtpW) ** 2 * 100,
      6,
    );
    expect(row.rowing!.avgSplitS500m).toBeCloseTo(500 / row.avgSpeedMps!, 6);
    expect(row.rowing!.caloriesKcal).toBeGreaterThan(0);
    expect(row.splits.m500.length).toBeGreaterThan(10);
    expect(row.zones.rowing).not.toBeNull();
    expect(row.efficiencyFactor).toBeCloseTo(row.avgPowerW! / row.avgHr!, 1);
  });

  it('a row without power takes the Concept2 watts for its pace', () => {
    const row = analyzeActivity(steady('rowing', 600, { hr: 140, speed: 500 / 120 }), athlete);
    expect(row.rowing!.avgPowerW).toBeCloseTo(wattsFromSplit(120), 1);
    expect(row.load.method).toBe('power-tss');
  });

  it('heart rate alone gives HRSS; no heart rate, speed or power gives no load', () => {
    expect(analyzeActivity(steady('training', 600, { hr: 130 }), athlete).load.method).toBe('hrss');
    const nothing = analyzeActivity(steady('training', 600, {}), athlete);
    expect(nothing.load).toEqual({ value: null, method: 'none' });
    expect(nothing.avgHr).toBeNull();
    expect(nothing.efficiencyFactor).toBeNull();
    expect(nothing.movingS).toBe(599);
  });
});
