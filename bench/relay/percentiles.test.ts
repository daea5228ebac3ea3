import { describe, expect, it } from 'vitest';
import { nearestRank, summarize } from './percentiles.ts';

describe('nearestRank', () => {
  // Worked example from the nearest-rank method: for the 5 sorted values 15, 20, 35, 40, 50 the
  // 30th percentile is the 2nd value (20), the 40th the 2nd (20), the 50th the 3rd (35), the 100th
  // the 5th (50).
  const sorted = [15, 20, 35, 40, 50];

  it('picks the ceil(p/100 · n)-th smallest value', () => {
    expect(nearestRank(sorted, 30)).toBe(20);
    expect(nearestRank(sorted, 40)).toBe(20);
    expect(nearestRank(sorted, 50)).toBe(35);
    expect(nearestRank(sorted, 100)).toBe(50);
  });

  it('returns the smallest value for p = 0 and NaN when there are no samples', () => {
    expect(nearestRank(sorted, 0)).toBe(15);
    expect(nearestRank([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('merges unsorted parts before ranking', () => {
    const parts = [Float64Array.from([50, 15]), Float64Array.from([40, 20, 35])];
    expect(summarize(parts)).toEqual({ count: 5, p50Ms: 35, p95Ms: 50, p99Ms: 50, maxMs: 50 });
  });

  it('reports NaN figures for an empty run', () => {
    const s = summarize([new Float64Array(0)]);
    expect(s.count).toBe(0);
    expect(s.p95Ms).toBeNaN();
    expect(s.maxMs).toBeNaN();
  });
});
