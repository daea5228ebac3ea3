import { describe, expect, it } from 'vitest';
import { logDateFromRaw, logTimeFromRaw, rawFromLogDate, rawFromLogTime } from './log-date.ts';

describe('PM5 log date and time', () => {
  it('unpacks the real trace stamp 0x2063 / 0x0B24 as 2016-03-06 11:36 (the day it was recorded)', () => {
    expect(logDateFromRaw(0x2063)).toBe('2016-03-06');
    expect(logTimeFromRaw(0x0b24)).toBe('11:36');
  });

  it('packs month in bits 0–3, day in 4–8 and year − 2000 in 9–15', () => {
    expect(rawFromLogDate('2026-11-21')).toBe((26 << 9) | (21 << 4) | 11);
    expect(rawFromLogTime('23:40')).toBe((23 << 8) | 40);
  });

  it('round-trips every raw value', () => {
    for (let raw = 0; raw <= 0xffff; raw += 7) {
      expect(rawFromLogDate(logDateFromRaw(raw))).toBe(raw);
      expect(rawFromLogTime(logTimeFromRaw(raw))).toBe(raw);
    }
  });

  it('rejects dates the PM cannot store and text that is not a date', () => {
    expect(() => rawFromLogDate('1999-12-31')).toThrow(RangeError);
    expect(() => rawFromLogDate('21/11/2026')).toThrow(/not YYYY-MM-DD/);
    expect(() => rawFromLogTime('noon')).toThrow(/not HH:MM/);
  });
});
