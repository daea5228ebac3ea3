import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { resolveAthlete } from './athlete.ts';
import { rowingFtpFrom2k } from '../rowing/rowing-threshold.ts';

describe('athlete parameters', () => {
  it('fills documented defaults, deriving LTHR from the reserve and rowing FTP from the 2k', () => {
    const athlete = resolveAthlete();
    expect(athlete.maxHr).toBe(190);
    expect(athlete.restHr).toBe(60);
    expect(athlete.lthr).toBeCloseTo(170.5, 9);
    expect(athlete.rowingFtpW).toBeCloseTo(rowingFtpFrom2k(480), 9);
  });
  it('keeps what the athlete gave and derives LTHR from their own max and rest', () => {
    const athlete = resolveAthlete({ maxHr: 200, restHr: 40, sex: 'female' });
    expect(athlete.lthr).toBeCloseTo(176, 9);
    expect(athlete.sex).toBe('female');
  });
  it('refuses a max heart rate below rest, naming the field', () => {
    expect(() => resolveAthlete({ maxHr: 120, restHr: 110, lthr: 115 })).not.toThrow();
    try {
      resolveAthlete({ maxHr: 100, restHr: 110 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]!.path).toContain('maxHr');
    }
  });
});
