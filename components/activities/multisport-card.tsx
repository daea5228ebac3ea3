import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatClock } from '@/engine/units/clock';
import { formatDistance } from '@/lib/format/units';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import type { Units } from '@/lib/store/profile-schema';
import { activityTitle, sportName } from './activity-names';

/** The legs of a multisport event (swim, T1, bike, T2, run) as one event with one load. */
export function MultisportCard({
  legs,
  currentId,
  units,
}: {
  legs: ActivityEntry[];
  currentId: string;
  units: Units;
}) {
  if (legs.length < 2) return null;
  const first = legs[0]!;
  const last = legs[legs.length - 1]!;
  const totalS = (Date.parse(last.startTime) - Date.parse(first.startTime)) / 1000 + last.elapsedS;
  const distanceM = legs.reduce((s, l) => s + l.distanceM, 0);
  const loads = legs.map((l) => l.load.value).filter((v): v is number => v !== null);
  const load = loads.length > 0 ? loads.reduce((a, b) => a + b) : null;
  return (
    <Card title="Multisport event">
      <p className="text-sm" data-testid="multisport-total">
        {legs.length} legs · {formatDistance(distanceM, units)} · {formatClock(totalS)} in all
        {load !== null ? ` · load ${Math.round(load)} for the event` : ''}
      </p>
      <ol className="mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-800">
        {legs.map((leg, i) => (
          <li key={leg.id} className="flex flex-wrap justify-between gap-2 py-1.5">
            {leg.id === currentId ? (
              <span aria-current="page" className="font-semibold">
                {i + 1}. {activityTitle(leg)}
              </span>
            ) : (
              <Link
                href={`/activities/view/?id=${leg.id}`}
                prefetch={false}
                className="text-link underline"
              >
                {i + 1}. {leg.title ? leg.title : sportName(leg.sport)}
              </Link>
            )}
            <span className="tabular-nums text-slate-700 dark:text-slate-300">
              {formatDistance(leg.distanceM, units, leg.sport)} · {formatClock(leg.elapsedS)}
              {leg.load.value !== null ? ` · load ${Math.round(leg.load.value)}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
