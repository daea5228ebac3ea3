import Link from 'next/link';
import { memo } from 'react';
import { ActivityComments } from '@/components/comments/activity-comments';
import type { LiveEntry, TileStatus } from '@/lib/live/live-board';
import type { Units } from '@/lib/store/profile-schema';
import { statusText, tileFigures, zoneColor } from './tile-text';

/** One athlete's session on the coach's screen; redrawn only when its own state or status changes. */
export const LiveTile = memo(function LiveTile({
  entry,
  status,
  units,
}: {
  entry: LiveEntry;
  status: TileStatus;
  units: Units;
}) {
  const { state } = entry;
  const hrColor = zoneColor(state.hrZone);
  const lost = status === 'link-lost';
  return (
    <li
      data-testid="live-tile"
      data-athlete={entry.athleteId}
      data-status={status}
      data-sent-at={state.sentAtMs}
      aria-label={`${state.name}: ${statusText[status]}`}
      className={`rounded-xl border p-3 ${lost ? 'border-amber-600 bg-amber-50 dark:bg-amber-950' : 'border-slate-200 dark:border-slate-800'}`}
    >
      <header className="flex items-baseline justify-between gap-2">
        <h2 className="truncate font-semibold">{state.name}</h2>
        <span
          data-testid="live-status"
          className={`text-sm ${lost ? 'font-semibold text-amber-800 dark:text-amber-300' : 'text-slate-600 dark:text-slate-300'}`}
        >
          {statusText[status]}
          {lost && state.linksDown.length > 0 ? `: ${state.linksDown.join(', ')}` : ''}
        </span>
      </header>
      {state.step ? (
        <p data-testid="live-step" className="text-sm">
          Step {state.step.index} of {state.step.count}: {state.step.label}
        </p>
      ) : null}
      <dl className="mt-2 grid grid-cols-3 gap-2">
        {tileFigures(entry, units).map((f) => (
          <div key={f.key} data-testid={`live-${f.key}`}>
            <dt className="text-xs text-slate-600 dark:text-slate-300">{f.label}</dt>
            <dd
              className="text-lg font-semibold tabular-nums"
              style={f.key === 'heart-rate' && hrColor ? { color: hrColor } : undefined}
            >
              {f.value}
              {f.unit ? <span className="ml-0.5 text-xs font-normal">{f.unit}</span> : null}
              {f.key === 'heart-rate' && state.hrZoneName ? (
                <span className="ml-1 text-xs">{state.hrZoneName}</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {status === 'finished' && state.activityId ? (
        <Link
          data-testid="live-activity-link"
          href={`/activities/view/?id=${encodeURIComponent(state.activityId)}&athlete=${encodeURIComponent(entry.athleteId)}`}
          className="mt-2 inline-block text-sm font-medium text-brand underline"
        >
          See the saved session
        </Link>
      ) : null}
      {status === 'finished' && state.activityId ? (
        <div className="mt-3">
          <ActivityComments
            athleteId={entry.athleteId}
            activityId={state.activityId}
            title="Comments on this session"
          />
        </div>
      ) : null}
    </li>
  );
});
