'use client';

import Link from 'next/link';
import { flagLabels } from '@/lib/sharing/coach-figures';
import type { DeskSummary } from '@/lib/sharing/desk-summary';
import { formatStartTime } from '@/lib/format/dates';
import { formatDistance } from '@/lib/format/units';
import { minutesText } from '@/lib/plans/minutes-text';
import { cardSyncText, type CardSync } from '@/lib/sharing/card-sync';
import type { CoachedAthlete } from '@/lib/sharing/share-groups';
import { newCommentsText } from '@/lib/sharing/new-comments';
import { useNowMs } from './use-now';

const signed = (x: number) => `${x > 0 ? '+' : ''}${Math.round(x)}`;

/** What needs the coach: the figures' flags, and comments from the athlete not read yet. */
function AthleteFlags({ card }: { card: DeskSummary }) {
  const comments = newCommentsText(card.newComments);
  if (card.flags.length === 0 && !comments) return null;
  return (
    <ul aria-label="Needs attention" className="flex flex-wrap gap-2 text-sm">
      {card.flags.map((flag) => (
        <li key={flag} className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900">
          {flagLabels[flag]}
        </li>
      ))}
      {comments ? (
        <li className="rounded-full bg-sky-100 px-2 py-0.5 text-sky-900" data-flag="new-comment">
          {comments}
        </li>
      ) : null}
    </ul>
  );
}

/** Whether the card is being synced now or how old its figures are. */
function CardSyncBadge({ sync }: { sync: CardSync }) {
  const nowMs = useNowMs();
  return (
    <span
      className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200"
      data-testid="card-sync"
      data-sync={sync.kind}
    >
      {cardSyncText(sync, nowMs)}
    </span>
  );
}

/** One athlete on the desk, from the figures of the desk's last visit to their documents. */
export function AthleteCard({
  athlete,
  card: figures,
  sync,
}: {
  athlete: CoachedAthlete;
  card: DeskSummary | null;
  sync: CardSync;
}) {
  const name = figures?.name || athlete.email;
  const week = figures?.week ?? null;
  const last = figures?.lastActivity ?? null;
  return (
    <li
      aria-label={name}
      className="grid gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{name}</h2>
        <CardSyncBadge sync={sync} />
        <Link
          href={`/coach/athlete/?id=${athlete.athleteId}`}
          prefetch={false}
          className="text-link underline"
        >
          Open {name}
        </Link>
      </div>
      {figures ? <AthleteFlags card={figures} /> : null}
      {figures === null ? (
        <p role="status" className="text-sm">
          Working out the figures…
        </p>
      ) : (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          <dt className="text-slate-600 dark:text-slate-400">This week</dt>
          <dd data-testid="desk-week">
            {week
              ? `${minutesText(week.doneMin)} of ${minutesText(week.plannedMin)} planned`
              : 'No plan shared'}
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Form · load ratio</dt>
          <dd>
            {figures.formTsb === null ? '—' : signed(figures.formTsb)} ·{' '}
            {figures.acwr === null ? '—' : figures.acwr.toFixed(2)}
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Readiness today</dt>
          <dd>
            {figures.readinessScore !== null
              ? `${Math.round(figures.readinessScore)} / 100`
              : 'Not logged'}
            {figures.readinessReason ? (
              <span className="block text-xs">{figures.readinessReason}</span>
            ) : null}
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Last activity</dt>
          <dd>
            {last
              ? `${formatStartTime(last.startTime)}, ${formatDistance(last.distanceM, figures.units, last.sport)}`
              : 'None yet'}
          </dd>
        </dl>
      )}
    </li>
  );
}
