import { describe, expect, it } from 'vitest';
import { createStreamBuilder } from './stream-builder.ts';
import { repairTimeline } from './repair-timeline.ts';

const DAY_S = 86400;
const bounds = { minS: Date.UTC(1990, 0, 1) / 1000, maxS: Date.UTC(2027, 0, 1) / 1000 };
const t0 = Date.UTC(2026, 4, 1) / 1000;

function streams(times: number[]) {
  const builder = createStreamBuilder();
  times.forEach((timeS, i) => builder.push({ timeS, heartRateBpm: 100 + i }));
  return builder.build();
}

describe('repairing a recording whose device stamped some samples wrongly', () => {
  it('drops samples two years ahead one by one and keeps the rest of the ride', () => {
    const times = Array.from({ length: 100 }, (_, i) => t0 + i);
    for (const i of [20, 21, 22, 60]) times[i] = t0 + 730 * DAY_S + i;
    const repair = repairTimeline(streams(times), { ...bounds, maxS: t0 + 800 * DAY_S });
    expect(repair.detached).toBe(4);
    expect(repair.streams.timeS).toHaveLength(96);
    expect(repair.streams.timeS[95]).toBe(t0 + 99);
    expect(repair.streams.heartRateBpm[20]).toBe(123);
  });
  it('drops a sample that goes back in time without dropping the ones after it', () => {
    const repair = repairTimeline(streams([t0, t0 + 1, t0 + 2, t0 - 50, t0 + 3, t0 + 4]), bounds);
    expect(Array.from(repair.streams.timeS, (t) => t - t0)).toEqual([0, 1, 2, 3, 4]);
    expect(repair.outOfOrder).toBe(1);
  });
  it('drops samples dated before 1990 or after now', () => {
    const old = Date.UTC(1901, 11, 13) / 1000;
    const repair = repairTimeline(streams([old, t0, t0 + 1, bounds.maxS + 10]), bounds);
    expect(repair.outOfRange).toBe(2);
    expect(repair.streams.timeS).toHaveLength(2);
  });
  it('hands an ordered recording back untouched', () => {
    const s = streams([t0, t0 + 1, t0 + 2]);
    expect(repairTimeline(s, bounds).streams).toBe(s);
  });
});
