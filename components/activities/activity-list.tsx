'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { Card } from '@/components/ui/card';
import { formatClock } from '@/engine/units/clock';
import { formatDistance } from '@/lib/format/units';
import { activityList } from '@/lib/store/index-queries';
import type { ActivityRow } from '@/lib/store/index-rows';
import type { Units } from '@/lib/store/profile-schema';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { useProfile } from '@/lib/store/use-profile';
import { activityTitle, sportName } from './activity-names';
import {
  itemHeight,
  listItems,
  MONTH_HEIGHT_PX,
  offsetsOf,
  ROW_HEIGHT_PX,
  type ListItem,
} from './list-items';
import { useListWindow } from './use-list-window';

const noRows: ActivityRow[] = [];

const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthName = (key: string) => monthFormat.format(new Date(`${key}-15T12:00:00Z`));

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

function ItemLink({ item, units }: { item: ListItem; units: Units }) {
  const first = item.rows[0]!;
  const event = item.rows.length > 1;
  const title = event
    ? `Multisport: ${item.rows.map((r) => sportName(r.sport)).join(', ')}`
    : activityTitle(first);
  // The month heading above says the year; the row says the day and what was done.
  return (
    <Link
      href={`/activities/view/?id=${first.id}`}
      prefetch={false}
      className="flex h-16 flex-col justify-center gap-0.5 rounded px-1 hover:bg-slate-100 focus-visible:outline-2 dark:hover:bg-slate-800"
    >
      <span className="flex justify-between gap-3">
        <span className="truncate font-medium">{title}</span>
        <span className="shrink-0 tabular-nums">
          {event
            ? formatDistance(item.distanceM, units)
            : formatDistance(item.distanceM, units, first.sport)}
        </span>
      </span>
      <span className="flex justify-between gap-3 text-sm text-slate-700 dark:text-slate-300">
        <span className="truncate">
          {event ? `${item.rows.length} legs` : sportName(first.sport)} ·{' '}
          {dayFormat.format(new Date(first.startTime))}
        </span>
        <span className="shrink-0 tabular-nums">
          {formatClock(item.movingS)}
          {item.load !== null ? ` · load ${Math.round(item.load)}` : ''}
        </span>
      </span>
    </Link>
  );
}

function MonthHeading({ item, units }: { item: ListItem; units: Units }) {
  const m = item.month!;
  return (
    <div
      style={{ height: MONTH_HEIGHT_PX }}
      className="flex items-end justify-between border-b border-slate-200 pb-1 text-sm dark:border-slate-800"
    >
      <span className="font-semibold">{monthName(m.key)}</span>
      <span className="tabular-nums text-slate-600 dark:text-slate-300">
        {m.count} · {formatDistance(m.distanceM, units)} · {formatClock(m.movingS)}
      </span>
    </div>
  );
}

/**
 * Every activity, newest first, grouped by month; only the rows near the screen are in the page,
 * so ten years open as fast as one. Tab and the arrow keys reach every row, and each row says its
 * place in the whole list to screen readers.
 */
export function ActivityList() {
  const rows = useIndexQuery(activityList, noRows);
  const { profile } = useProfile();
  const [sport, setSport] = useState<string | null>(null);
  const sports = useMemo(() => [...new Set(rows.map((r) => r.sport))].sort(), [rows]);
  const items = useMemo(() => listItems(rows, sport), [rows, sport]);
  const offsets = useMemo(() => offsetsOf(items), [items]);
  const { listRef, range, focusItem } = useListWindow(offsets);
  const months = useMemo(
    () => items.flatMap((item, i) => (item.month ? [{ key: item.month.key, index: i }] : [])),
    [items],
  );

  const onKeyDown = (e: React.KeyboardEvent) => {
    const at = Number(
      (e.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index,
    );
    if (!Number.isFinite(at)) return;
    const page = Math.max(1, Math.floor(window.innerHeight / ROW_HEIGHT_PX) - 1);
    const to = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: at + page,
      PageUp: at - page,
    }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusItem(to);
  };

  return (
    <Card title="Your activities">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          No activities yet. Import a file above, or record a session.
        </p>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-end gap-3 text-sm">
            <label className="flex flex-col gap-1">
              <span className="font-medium">Sport</span>
              <select
                value={sport ?? ''}
                onChange={(e) =>
                  setSport(e.currentTarget.value === '' ? null : e.currentTarget.value)
                }
                className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
              >
                <option value="">All sports</option>
                {sports.map((s) => (
                  <option key={s} value={s}>
                    {sportName(s)}
                  </option>
                ))}
              </select>
            </label>
            {months.length > 1 ? (
              <label className="flex flex-col gap-1">
                <span className="font-medium">Go to month</span>
                <select
                  value=""
                  onChange={(e) => {
                    const index = Number(e.currentTarget.value);
                    if (Number.isFinite(index)) focusItem(index);
                  }}
                  className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
                >
                  <option value="">Choose…</option>
                  {months.map((m) => (
                    <option key={m.key} value={m.index}>
                      {monthName(m.key)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <p className="text-slate-600 dark:text-slate-300" data-testid="activity-count">
              {items.length.toLocaleString()} {items.length === 1 ? 'activity' : 'activities'}
              {sport ? ` (${sportName(sport).toLowerCase()})` : ''}. Arrow keys move through the
              list.
            </p>
          </div>
          <div
            ref={listRef}
            role="list"
            aria-label="Activities"
            onKeyDown={onKeyDown}
            className="relative"
            style={{ height: offsets[items.length] }}
          >
            {items.slice(range[0], range[1]).map((item, k) => {
              const index = range[0] + k;
              return (
                <div
                  key={item.key}
                  role="listitem"
                  aria-setsize={items.length}
                  aria-posinset={index + 1}
                  data-index={index}
                  className="absolute inset-x-0 border-b border-slate-100 dark:border-slate-800"
                  style={{ top: offsets[index], height: itemHeight(item) }}
                  onFocus={(e) => {
                    // Keyboard focus only: a click must not scroll the list under the pointer.
                    if ((e.target as HTMLElement).matches(':focus-visible')) focusItem(index);
                  }}
                >
                  {item.month ? <MonthHeading item={item} units={profile.units} /> : null}
                  <ItemLink item={item} units={profile.units} />
                </div>
              );
            })}
          </div>
        </>
      )}
    </Card>
  );
}
