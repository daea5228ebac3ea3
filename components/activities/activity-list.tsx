'use client';

import { formatStartTime } from '@/lib/format/dates';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatDistance } from '@/lib/format/units';
import { formatClock } from '@/engine/units/clock';
import { activityList } from '@/lib/store/index-queries';
import type { ActivityRow } from '@/lib/store/index-rows';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { useProfile } from '@/lib/store/use-profile';

const noRows: ActivityRow[] = [];

function sportName(sport: string): string {
  return sport.charAt(0).toUpperCase() + sport.slice(1);
}

export function ActivityList() {
  const rows = useIndexQuery(activityList, noRows);
  const { profile } = useProfile();
  return (
    <Card title="Your activities">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          No activities yet. Import a file above, or record a session.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Activities">
          {rows.map((row) => (
            <li key={row.id}>
              <Link
                href={`/activities/view/?id=${row.id}`}
                prefetch={false}
                className="flex flex-wrap items-baseline justify-between gap-2 py-2 hover:bg-slate-100 dark:hover:bg-slate-800"
              >
                <span className="font-medium">
                  {sportName(row.sport)} · {formatStartTime(row.startTime)}
                </span>
                <span className="text-sm tabular-nums text-slate-700 dark:text-slate-300">
                  {formatDistance(row.distanceM, profile.units)} · {formatClock(row.movingS)}
                  {row.load !== null ? ` · load ${Math.round(row.load)}` : ''}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
