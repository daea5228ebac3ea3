import { describe, expect, it } from 'vitest';
import { profileDefaults } from '@/lib/store/profile-schema';
import { loadAssumptionsFor } from './load-assumptions';

const run = { sport: 'running', loadMethod: 'running-tss' };
const row = { sport: 'rowing', loadMethod: 'power-tss' };
const hr = { sport: 'cycling', loadMethod: 'hrss' };

const fields = (result: ReturnType<typeof loadAssumptionsFor>) =>
  result.ok ? result.assumptions.map((a) => a.field) : result.type;

describe('loadAssumptionsFor', () => {
  it('lists the default threshold pace behind running loads, with its value in words', () => {
    const result = loadAssumptionsFor(profileDefaults, [run, run]);
    expect(fields(result)).toEqual(['thresholdPaceSPerKm']);
    expect(result.ok && result.assumptions[0]!.text).toMatch(/5:00 \/km, a default/);
  });

  it('lists nothing the athlete set, and only what their sessions used', () => {
    const profile = { ...profileDefaults, thresholdPaceSPerKm: 250, best2kS: 430 };
    expect(fields(loadAssumptionsFor(profile, [run]))).toEqual([]);
    expect(fields(loadAssumptionsFor(profile, [row]))).toEqual(['rowingFtpW']);
    expect(fields(loadAssumptionsFor(profileDefaults, [row]))).toEqual(['best2kS']);
    expect(fields(loadAssumptionsFor(profileDefaults, [hr]))).toEqual([
      'maxHr',
      'restHr',
      'lthr',
      'sex',
    ]);
    expect(fields(loadAssumptionsFor(profileDefaults, []))).toEqual([]);
  });

  it('says when the heart-rate settings contradict each other instead of throwing', () => {
    const profile = { ...profileDefaults, maxHrBpm: 150, restHrBpm: 160 };
    expect(loadAssumptionsFor(profile, [hr])).toMatchObject({
      ok: false,
      type: 'SettingsConflict',
    });
  });
});
