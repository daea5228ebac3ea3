import { describe, expect, it } from 'vitest';
import { athleteFromFlags } from './athlete-flags.ts';
import { UsageError } from './io.ts';

describe('athlete flags', () => {
  it('reads heart rates, sex, threshold pace and 2k time, with engine defaults for the rest', () => {
    const athlete = athleteFromFlags({
      'max-hr': '195',
      'rest-hr': '48',
      sex: 'female',
      'threshold-pace': '4:30',
      'best-2k': '7:05',
    });
    expect(athlete).toMatchObject({
      maxHr: 195,
      restHr: 48,
      sex: 'female',
      thresholdPaceSPerKm: 270,
      best2kS: 425,
    });
    expect(athlete.lthr).toBeCloseTo(48 + 0.85 * (195 - 48), 9);
  });
  it('reads the cycling FTP from --ftp, and leaves it unset (null) when not given', () => {
    expect(athleteFromFlags({ ftp: '260' }).cyclingFtpW).toBe(260);
    expect(athleteFromFlags({}).cyclingFtpW).toBeNull();
    expect(() => athleteFromFlags({ ftp: 'lots' })).toThrow('--ftp must be a positive number');
    expect(() => athleteFromFlags({ ftp: '1500' })).toThrow(
      '--ftp: Cycling threshold power (W) should be between 1 and 1000.',
    );
  });
  it('names the flag when a value is unusable', () => {
    expect(() => athleteFromFlags({ 'max-hr': 'high' })).toThrow(/--max-hr/);
    expect(() => athleteFromFlags({ sex: 'm' })).toThrow(UsageError);
    expect(() => athleteFromFlags({ lthr: '300' })).toThrow(/--lthr/);
    expect(() => athleteFromFlags({ 'rest-hr': '160' })).toThrow(
      '--rest-hr: Resting heart rate (bpm) should be between 25 and 120.',
    );
    expect(() =>
      athleteFromFlags({ 'max-hr': '150', 'rest-hr': '110', lthr: '140' }),
    ).not.toThrow();
    expect(() => athleteFromFlags({ 'max-hr': '120', 'rest-hr': '110', lthr: '130' })).toThrow(
      /--lthr: Threshold heart rate must lie between/,
    );
  });
});
