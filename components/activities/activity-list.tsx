'use client';

import { useMemo, useState } from 'react';
import { Card } from '@/components/ui/card';
import { activityList } from '@/lib/store/index-queries';
import type { ActivityRow } from '@/lib/store/index-rows';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { useProfile } from '@/lib/store/use-profile';
import { ListFilters } from './list-filters';
import { listItems, offsetsOf, ROW_HEIGHT_PX } from './list-items';
import { ListRow } from './list-row';
import { useListWindow } from './use-list-window';

const noRows: ActivityRow[] = [];

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
          <ListFilters
            sports={sports}
            sport={sport}
            onSport={setSport}
            months={months}
            onMonth={focusItem}
            count={items.length}
          />
          <div
            ref={listRef}
            role="list"
            aria-label="Activities"
            onKeyDown={onKeyDown}
            className="relative"
            style={{ height: offsets[items.length] }}
          >
            {items.slice(range[0], range[1]).map((item, k) => (
              <ListRow
                key={item.key}
                item={item}
                index={range[0] + k}
                count={items.length}
                topPx={offsets[range[0] + k]}
                units={profile.units}
                onFocusItem={focusItem}
              />
            ))}
          </div>
        </>
      )}
    </Card>
  );
}
