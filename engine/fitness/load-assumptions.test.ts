import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import { loadAssumptions } from './load-assumptions.ts';

describe('loadAssumptions', () => {
  const defaults = resolveAthlete();

  it('names the default threshold pace behind running load, and nothing for a given one', () => {
    const run = [{ method: 'running-tss' as const, sport: 'run' as const }];
    expect(loadAssumptions(defaults, new Set(), run)).toEqual([
      {
        field: 'thresholdPaceSPerKm',
        value: 300,
        text: expect.stringMatching(/5:00 \/km, a default/),
      },
    ]);
    const own = resolveAthlete({ thresholdPaceSPerKm: 190 });
    expect(loadAssumptions(own, new Set(['thresholdPaceSPerKm']), run)).toEqual([]);
  });

  it('lists the heart-rate defaults only when heart-rate load was used', () => {
    const hr = loadAssumptions(defaults, new Set(['maxHr']), [{ method: 'hrss', sport: 'run' }]);
    expect(hr.map((a) => a.field)).toEqual(['restHr', 'lthr', 'sex']);
    expect(hr.find((a) => a.field === 'lthr')!.value).toBe(Math.round(defaults.lthr));
    expect(loadAssumptions(defaults, new Set(), [{ method: 'none', sport: 'other' }])).toEqual([]);
  });

  it('says a rowing load rests on a default 2k, or on power estimated from the given 2k', () => {
    const row = [{ method: 'power-tss' as const, sport: 'row' as const }];
    expect(loadAssumptions(defaults, new Set(), row).map((a) => a.field)).toEqual(['best2kS']);
    const withTwoK = resolveAthlete({ best2kS: 400 });
    const estimated = loadAssumptions(withTwoK, new Set(['best2kS']), row);
    expect(estimated.map((a) => a.field)).toEqual(['rowingFtpW']);
    expect(estimated[0]!.text).toMatch(/Paul's law/);
  });
});
