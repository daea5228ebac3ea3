import { describe, expect, it } from 'vitest';
import { memoryCosts } from './memory-costs.ts';

describe('memoryCosts', () => {
  it('splits growth into per-connection and per-document costs', () => {
    // 10 documents at 30 kB each plus their first connections at 5 kB; 90 more connections at
    // 5 kB; then the edits add 20 kB per document.
    const baseline = 100_000_000;
    const docsOpen = baseline + 10 * (30_000 + 5_000);
    const allConnected = docsOpen + 90 * 5_000;
    const afterLoad = allConnected + 10 * 20_000;
    const costs = memoryCosts({ baseline, docsOpen, allConnected, afterLoad }, 10, 90);
    expect(costs.per1000ConnectionsB).toBeCloseTo(5_000_000, 3);
    expect(costs.perDocOpenedB).toBeCloseTo(30_000, 3);
    expect(costs.perDocAfterLoadB).toBeCloseTo(50_000, 3);
  });
});
