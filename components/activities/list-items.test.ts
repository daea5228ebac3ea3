import { describe, expect, it } from 'vitest';
import type { ActivityRow } from '@/lib/store/index-rows';
import { itemHeight, listItems, offsetsOf, visibleRange } from './list-items';

function row(id: string, date: string, extra: Partial<ActivityRow> = {}): ActivityRow {
  return {
    id,
    startTime: `${date}T07:00:00.000Z`,
    date,
    sport: 'running',
    title: null,
    distanceM: 10_000,
    movingS: 3000,
    avgHr: 150,
    load: 60,
    loadMethod: 'running-tss',
    groupId: null,
    ...extra,
  };
}

describe('activity list items', () => {
  it('puts a month heading on the first activity of each month, with its totals', () => {
    const items = listItems(
      [row('c', '2026-11-20'), row('b', '2026-11-02'), row('a', '2026-10-30')],
      null,
    );
    expect(items.map((i) => i.month?.key ?? null)).toEqual(['2026-11', null, '2026-10']);
    expect(items[0]!.month).toMatchObject({ count: 2, distanceM: 20_000 });
  });

  it('lists the legs of a multisport event as one item with one load', () => {
    const legs = [
      row('run', '2026-07-05', { groupId: 'g', sport: 'running', load: 50 }),
      row('t2', '2026-07-05', { groupId: 'g', sport: 'transition', load: 1 }),
      row('bike', '2026-07-05', { groupId: 'g', sport: 'cycling', load: 120 }),
    ];
    const items = listItems([row('x', '2026-07-06'), ...legs], null);
    expect(items).toHaveLength(2);
    expect(items[1]!.rows.map((r) => r.id)).toEqual(['bike', 't2', 'run']);
    expect(items[1]!.load).toBe(171);
  });

  it('filters by sport', () => {
    const items = listItems(
      [row('a', '2026-11-20'), row('b', '2026-11-19', { sport: 'rowing' })],
      'rowing',
    );
    expect(items.map((i) => i.key)).toEqual(['b']);
  });

  it('finds the items on screen among ten years of them', () => {
    const rows = Array.from({ length: 3650 }, (_, i) =>
      row(String(i), new Date(Date.UTC(2026, 11, 1) - i * 86_400_000).toISOString().slice(0, 10)),
    );
    const items = listItems(rows, null);
    const offsets = offsetsOf(items);
    expect(offsets[items.length]).toBe(items.reduce((s, i) => s + itemHeight(i), 0));
    const [first, end] = visibleRange(offsets, 50_000, 50_800);
    expect(offsets[first]!).toBeLessThanOrEqual(50_000);
    expect(offsets[first + 1]!).toBeGreaterThan(50_000);
    expect(offsets[end - 1]!).toBeLessThan(50_800);
    expect(end - first).toBeLessThan(16);
  });
});
