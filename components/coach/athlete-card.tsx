'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { attentionScore, flagLabels } from '@/lib/sharing/coach-figures';
import { formatStartTime } from '@/lib/format/dates';
import { formatDistance, formatDuration } from '@/lib/format/units';
import type { CoachedAthlete } from '@/lib/sharing/share-groups';
import { useAthleteDocs } from '@/lib/sharing/use-athlete-docs';
import { useAthleteFigures } from '@/lib/sharing/use-athlete-figures';
import { deviceTimeZone, today } from '@/lib/store/device-clock';
import { useReader } from '@/components/comments/use-reader';
import { useUnreadFrom } from '@/lib/store/use-comments';
import type { AthleteFlag } from '@/lib/sharing/coach-figures';
import { newCommentsText, withNewComments } from './new-comments';

const signed = (x: number) => `${x > 0 ? '+' : ''}${Math.round(x)}`;

/** What needs the coach: the figures' flags, and comments from the athlete not read yet. */
function AthleteFlags({
  flags,
  newComments,
}: {
  flags: readonly AthleteFlag[];
  newComments: number;
}) {
  const comments = newCommentsText(newComments);
  if (flags.length === 0 && !comments) return null;
  return (
    <ul aria-label="Needs attention" className="flex flex-wrap gap-2 text-sm">
      {flags.map((flag) => (
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

/** One athlete on the desk; reports how much attention they need so the desk can sort. */
export function AthleteCard({
  athlete,
  onAttention,
}: {
  athlete: CoachedAthlete;
  onAttention: (athleteId: string, score: number) => void;
}) {
  const docs = useAthleteDocs(athlete);
  const { figures } = useAthleteFigures(athlete.athleteId, docs);
  const name = docs.profile.name || athlete.email;
  const newComments = useUnreadFrom(athlete.athleteId, useReader()?.id ?? null);
  const score = figures
    ? withNewComments(attentionScore(figures, today(), deviceTimeZone()), newComments)
    : null;
  useEffect(() => {
    if (score !== null) onAttention(athlete.athleteId, score);
  }, [score, athlete.athleteId, onAttention]);
  const week = figures?.week ?? null;
  const last = figures?.lastActivity ?? null;
  return (
    <li
      aria-label={name}
      className="grid gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{name}</h2>
        <Link
          href={`/coach/athlete/?id=${athlete.athleteId}`}
          prefetch={false}
          className="text-link underline"
        >
          Open {name}
        </Link>
      </div>
      <AthleteFlags flags={figures?.flags ?? []} newComments={newComments} />
      {figures === null ? (
        <p role="status" className="text-sm">
          Working out the figures…
        </p>
      ) : (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          <dt className="text-slate-600 dark:text-slate-400">This week</dt>
          <dd>
            {week
              ? `${formatDuration(week.doneMin * 60)} of ${formatDuration(week.plannedMin * 60)} planned`
              : 'No plan shared'}
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Form · load ratio</dt>
          <dd>
            {figures.formTsb === null ? '—' : signed(figures.formTsb)} ·{' '}
            {figures.acwr === null ? '—' : figures.acwr.toFixed(2)}
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Readiness today</dt>
          <dd>
            {figures.readiness?.score != null
              ? `${Math.round(figures.readiness.score)} / 100`
              : 'Not logged'}
            {figures.readiness?.reasons[0] ? (
              <span className="block text-xs">{figures.readiness.reasons[0]}</span>
            ) : null}
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Last activity</dt>
          <dd>
            {last
              ? `${formatStartTime(last.startTime)}, ${formatDistance(last.distanceM, docs.profile.units, last.sport)}`
              : 'None yet'}
          </dd>
        </dl>
      )}
    </li>
  );
}
