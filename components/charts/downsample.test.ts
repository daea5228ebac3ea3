import { describe, expect, it } from 'vitest';
import { lttbIndices } from './downsample';

describe('LTTB downsampling', () => {
  const n = 10_000;
  const x = Float64Array.from({ length: n }, (_, i) => i);
  const wave = Float64Array.from(x, (t) => Math.sin(t / 300));

  it('keeps the first and last points and stays within the budget', () => {
    const kept = lttbIndices(x, wave, 400);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(n - 1);
    expect(kept.length).toBeLessThanOrEqual(400);
    expect(kept.length).toBeGreaterThan(390);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
  });

  it('keeps a short spike a stride would skip (a fast rep, a power surge)', () => {
    const y = Float64Array.from(x, () => 150);
    y[5003] = 190;
    const kept = lttbIndices(x, y, 300);
    expect(kept).toContain(5003);
    const strided = Array.from({ length: 300 }, (_, i) => Math.floor((i * n) / 300));
    expect(strided).not.toContain(5003);
  });

  it('breaks the line at missing values instead of drawing across them', () => {
    const y = Float64Array.from(wave);
    for (let i = 4000; i < 6000; i++) y[i] = NaN;
    const kept = lttbIndices(x, y, 200);
    const gap = kept.indexOf(-1);
    expect(gap).toBeGreaterThan(0);
    expect(kept[gap - 1]).toBe(3999);
    expect(kept[gap + 1]).toBe(6000);
    expect(kept.filter((i) => i >= 4000 && i < 6000)).toEqual([]);
  });

  it('returns every point when there are fewer than the budget, and a sub-range on zoom', () => {
    expect(lttbIndices(x, wave, 20_000)).toHaveLength(n);
    const zoomed = lttbIndices(x, wave, 100, 2000, 2500);
    expect(zoomed[0]).toBe(2000);
    expect(zoomed[zoomed.length - 1]).toBe(2499);
  });
});
