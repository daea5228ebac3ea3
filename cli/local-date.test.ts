import { describe, expect, it } from 'vitest';
import { localDate } from './local-date.ts';

describe('local calendar date', () => {
  it('is the date on this machine’s calendar, zero-padded', () => {
    const iso = '2026-03-05T12:00:00.000Z';
    const d = new Date(iso);
    const expected = [d.getFullYear(), d.getMonth() + 1, d.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    expect(localDate(iso)).toBe(expected);
    expect(localDate(iso)).toMatch(/^2026-03-0[456]$/);
  });
});
