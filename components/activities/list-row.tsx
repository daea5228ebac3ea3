'use client';

import Link from 'next/link';
import { formatClock } from '@/engine/units/clock';
import { formatDistance } from '@/lib/format/units';
import type { Units } from '@/lib/store/profile-schema';
import { activityTitle, sportName } from './activity-names';
import { itemHeight, MONTH_HEIGHT_PX, type ListItem } from './list-items';
import { monthName } from './month-name';

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
 * One rendered item of the windowed list, placed at its offset: the month's heading when it opens
 * a month, then the activity. It tells screen readers its place in the whole list.
 */
export function ListRow({
  item,
  index,
  count,
  topPx,
  units,
  onFocusItem,
}: {
  item: ListItem;
  index: number;
  count: number;
  topPx: number | undefined;
  units: Units;
  onFocusItem: (index: number) => void;
}) {
  return (
    <div
      role="listitem"
      aria-setsize={count}
      aria-posinset={index + 1}
      data-index={index}
      className="absolute inset-x-0 border-b border-slate-100 dark:border-slate-800"
      style={{ top: topPx, height: itemHeight(item) }}
      onFocus={(e) => {
        // Keyboard focus only: a click must not scroll the list under the pointer.
        if ((e.target as HTMLElement).matches(':focus-visible')) onFocusItem(index);
      }}
    >
      {item.month ? <MonthHeading item={item} units={units} /> : null}
      <ItemLink item={item} units={units} />
    </div>
  );
}
