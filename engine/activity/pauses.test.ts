import { describe, expect, it } from 'vitest';
import { activeIntervalsS, findGapPauses, mergePauses } from './pauses.ts';

describe('pauses', () => {
  it('finds a silence longer than 10 s (and 4 typical intervals) as a gap', () => {
    const time = Float64Array.from([0, 1, 2, 3, 15, 16, 17]);
    expect(findGapPauses(time)).toEqual([{ startS: 3, endS: 15, reason: 'gap' }]);
    expect(findGapPauses(Float64Array.from([0, 5, 10, 15]))).toEqual([]);
  });
  it('with 5 s smart recording, only silences over 20 s count', () => {
    const time = Float64Array.from([0, 5, 10, 15, 30, 35, 40, 65, 70]);
    expect(findGapPauses(time)).toEqual([{ startS: 40, endS: 65, reason: 'gap' }]);
  });
  it('keeps a silence as moving time when the distance moved on at walking speed or faster', () => {
    const time = Float64Array.from([0, 1, 2, 3, 33, 34]);
    const moving = Float64Array.from([0, 3, 6, 9, 99, 102]);
    const standing = Float64Array.from([0, 3, 6, 9, 10, 13]);
    expect(findGapPauses(time, moving)).toEqual([]);
    expect(findGapPauses(time, standing)).toEqual([{ startS: 3, endS: 33, reason: 'gap' }]);
  });
  it('merges overlapping pauses, keeping the timer as the reason', () => {
    expect(
      mergePauses([
        { startS: 10, endS: 20, reason: 'gap' },
        { startS: 12, endS: 25, reason: 'timer' },
        { startS: 40, endS: 40, reason: 'gap' },
      ]),
    ).toEqual([{ startS: 10, endS: 25, reason: 'timer' }]);
  });
  it('takes paused time out of the intervals that overlap a pause', () => {
    const time = Float64Array.from([0, 10, 20, 30]);
    const weights = activeIntervalsS(time, [{ startS: 15, endS: 25, reason: 'timer' }]);
    expect(Array.from(weights)).toEqual([0, 10, 5, 5]);
  });
});
