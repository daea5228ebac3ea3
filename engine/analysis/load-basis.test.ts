import { describe, expect, it } from 'vitest';
import { resolveAthlete, type AthleteInput } from '../activity/athlete.ts';
import type { Activity } from '../activity/types.ts';
import { importOne } from '../formats/test-support/import-one.ts';
import { syntheticActivity } from '../formats/test-support/synthetic-activity.ts';
import { writeTcx } from '../formats/test-support/write-tcx.ts';
import { analyzeActivity } from './analyze-activity.ts';
import { loadFromBasis } from './load-basis.ts';
import { loadReport } from './load-report.ts';

const run = importOne(writeTcx(syntheticActivity({ durationS: 2400 })));
const row = importOne(writeTcx(syntheticActivity({ sport: 'rowing', durationS: 1800 })));

/** The load analysis gives for this activity and athlete, and the one recomputed from its basis. */
function bothWays(activity: Activity, input: AthleteInput, sport = activity.sport) {
  const stored = analyzeActivity(activity, resolveAthlete({}));
  const fresh = analyzeActivity({ ...activity, sport }, resolveAthlete(input));
  const extras = { movingS: stored.movingS, distanceM: stored.distanceM, rpe: null };
  const recomputed = loadFromBasis(stored.loadBasis, sport, resolveAthlete(input), extras);
  return { fresh: fresh.load, recomputed: recomputed.load };
}

describe('load recomputed from the stored basis', () => {
  it.each<[string, Activity, AthleteInput]>([
    ['a run, default thresholds', run, {}],
    ['a run, threshold pace 4:30/km', run, { thresholdPaceSPerKm: 270 }],
    ['a row, 2k of 7:10', row, { best2kS: 430 }],
    ['a row, heart rate settings changed', row, { maxHr: 200, restHr: 45, lthr: 175 }],
  ])('equals a fresh analysis: %s', (_, activity, input) => {
    const { fresh, recomputed } = bothWays(activity, input);
    expect(recomputed.method).toBe(fresh.method);
    expect(recomputed.value).toBeCloseTo(fresh.value!, 9);
  });

  it('changes with the threshold: a faster threshold pace gives a lower running TSS', () => {
    const slow = bothWays(run, { thresholdPaceSPerKm: 330 }).recomputed.value!;
    const fast = bothWays(run, { thresholdPaceSPerKm: 270 }).recomputed.value!;
    expect(fast).toBeLessThan(slow);
    // rTSS scales with the square of the threshold speed ratio.
    expect(slow / fast).toBeCloseTo((330 / 270) ** 2, 6);
  });

  it('follows a sport correction: a row imported as generic gets its power TSS', () => {
    const generic = { ...row, sport: 'generic', streams: { ...row.streams } };
    generic.streams.powerW = new Float32Array(row.streams.powerW.length).fill(NaN);
    const { fresh, recomputed } = bothWays(generic, { best2kS: 430 }, 'rowing');
    expect(recomputed.method).toBe('power-tss');
    expect(recomputed.value).toBeCloseTo(fresh.value!, 9);
  });

  it('falls back to heart rate, then to session RPE (Foster: 20 min at RPE 6 = 120)', () => {
    const hrOnly = {
      seriesS: 1200,
      hrBpm: [150],
      hrS: [1200],
      gradedSpeedMps: null,
      powerW: null,
      ergPowerW: null,
    };
    const athlete = resolveAthlete({});
    const extras = { movingS: 1200, distanceM: 0, rpe: 6 };
    expect(loadFromBasis(hrOnly, 'generic', athlete, extras).load.method).toBe('hrss');
    const nothing = { ...hrOnly, hrBpm: [], hrS: [] };
    const manual = loadFromBasis(nothing, 'generic', athlete, extras);
    expect(manual.sessionRpe).toBe(120);
    expect(manual.load).toEqual({ value: 120 / 4.2, method: 'session-rpe' });
    expect(loadFromBasis(nothing, 'generic', athlete, { ...extras, rpe: null }).load.method).toBe(
      'none',
    );
  });
});

describe('load report', () => {
  const basis = analyzeActivity(run, resolveAthlete({})).loadBasis;
  const extras = { movingS: 2400, distanceM: 7700, rpe: null };

  it('says the threshold pace was assumed until the athlete sets one', () => {
    const assumed = loadReport(basis, 'running', {}, extras);
    const own = loadReport(basis, 'running', { thresholdPaceSPerKm: 270 }, extras);
    if (!assumed.ok || !own.ok) throw new Error('expected reports');
    expect(assumed.report.thresholds).toEqual([
      { name: 'thresholdPaceSPerKm', value: 300, assumed: true },
    ]);
    expect(own.report.thresholds).toEqual([
      { name: 'thresholdPaceSPerKm', value: 270, assumed: false },
    ]);
  });

  it('lists heart-rate thresholds for HRSS, threshold HR estimated when not given', () => {
    const result = loadReport(basis, 'hiking', { maxHr: 185 }, extras);
    if (!result.ok) throw new Error('expected a report');
    expect(result.report.load.method).toBe('hrss');
    expect(result.report.thresholds.map((t) => [t.name, t.assumed])).toEqual([
      ['maxHr', false],
      ['restHr', true],
      ['lthr', true],
    ]);
  });

  it('is a typed error when the settings do not fit together', () => {
    const result = loadReport(basis, 'running', { maxHr: 150, lthr: 170 }, extras);
    expect(result.ok).toBe(false);
  });
});
