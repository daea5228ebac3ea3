import { isRowing } from '@/engine/analysis/sport-family';
import { formatHeartRate, formatPace } from '@/lib/format/units';
import { formatClock } from '@/engine/units/clock';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import type { Units } from '@/lib/store/profile-schema';

export function SplitsTable({ activity, units }: { activity: ActivityEntry; units: Units }) {
  const rowing = isRowing(activity.sport);
  const splits = rowing
    ? activity.splits.m500
    : units === 'imperial'
      ? activity.splits.mile
      : activity.splits.km;
  const label = rowing ? '500 m' : units === 'imperial' ? 'mile' : 'km';
  if (splits.length === 0)
    return <p className="text-sm">No splits: this activity has no distance.</p>;
  return (
    <table className="w-full text-left text-sm tabular-nums">
      <caption className="sr-only">Splits per {label}</caption>
      <thead>
        <tr className="border-b border-slate-200 dark:border-slate-800">
          <th scope="col" className="py-1">
            Split ({label})
          </th>
          <th scope="col">Time</th>
          <th scope="col">Pace</th>
          <th scope="col">Avg HR</th>
        </tr>
      </thead>
      <tbody>
        {splits.map((split) => (
          <tr key={split.index} className="border-b border-slate-100 dark:border-slate-800">
            <th scope="row" className="py-1 font-normal">
              {split.index}
            </th>
            {/* Time without pauses, as the summary's pace counts it. */}
            <td>{formatClock(split.movingS)}</td>
            <td>
              {formatPace(
                split.movingS > 0 ? split.distanceM / split.movingS : null,
                units,
                activity.sport,
              )}
            </td>
            <td>{formatHeartRate(split.avgHr)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
