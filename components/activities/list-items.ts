import type { ActivityRow } from '@/lib/store/index-rows';

/**
 * The activity list as items of known height, so only the visible ones need to be in the page:
 * one item per activity, or per multisport event (its legs together, one load), the first of
 * each month carrying the month's heading and totals.
 */
export type MonthTotals = { key: string; count: number; distanceM: number; movingS: number };

export type ListItem = {
  key: string;
  /** The activity, or every leg of the event in order. */
  rows: ActivityRow[];
  /** Set on the first item of a month. */
  month: MonthTotals | null;
  load: number | null;
  distanceM: number;
  movingS: number;
};

export const ROW_HEIGHT_PX = 64;
export const MONTH_HEIGHT_PX = 36;

export function itemHeight(item: ListItem): number {
  return ROW_HEIGHT_PX + (item.month ? MONTH_HEIGHT_PX : 0);
}

/** Newest-first rows (legs of an event adjacent) into items, filtered by sport when given. */
export function listItems(rows: readonly ActivityRow[], sport: string | null): ListItem[] {
  const items: ListItem[] = [];
  const months = new Map<string, MonthTotals>();
  for (const row of rows) {
    if (sport !== null && row.sport !== sport) continue;
    const last = items[items.length - 1];
    if (row.groupId !== null && last && last.rows[0]!.groupId === row.groupId) {
      // Newest first: an earlier leg goes before the later ones.
      last.rows.unshift(row);
      last.distanceM += row.distanceM;
      last.movingS += row.movingS;
      if (row.load !== null) last.load = (last.load ?? 0) + row.load;
      continue;
    }
    const monthKey = row.date.slice(0, 7);
    let month = months.get(monthKey) ?? null;
    const first = month === null;
    if (!month) {
      month = { key: monthKey, count: 0, distanceM: 0, movingS: 0 };
      months.set(monthKey, month);
    }
    items.push({
      key: row.id,
      rows: [row],
      month: first ? month : null,
      load: row.load,
      distanceM: row.distanceM,
      movingS: row.movingS,
    });
  }
  for (const item of items) {
    const month = months.get(item.rows[0]!.date.slice(0, 7))!;
    month.count += 1;
    month.distanceM += item.distanceM;
    month.movingS += item.movingS;
  }
  return items;
}

/** Where each item starts, in pixels from the top of the list, and the list's height last. */
export function offsetsOf(items: readonly ListItem[]): Float64Array {
  const offsets = new Float64Array(items.length + 1);
  for (let i = 0; i < items.length; i++) offsets[i + 1] = offsets[i]! + itemHeight(items[i]!);
  return offsets;
}

/** The items overlapping [top, bottom) pixels of the list: [first, end). */
export function visibleRange(offsets: Float64Array, top: number, bottom: number): [number, number] {
  const n = offsets.length - 1;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= top) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < n && offsets[end]! < bottom) end++;
  return [lo, end];
}
