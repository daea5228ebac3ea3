'use client';

import Link from 'next/link';
import { sportName } from '@/components/activities/activity-names';
import { Card } from '@/components/ui/card';
import { formatStartTime } from '@/lib/format/dates';
import { formatDistance, formatDuration } from '@/lib/format/units';
import type { AthleteDocs } from '@/lib/sharing/use-athlete-docs';
import type { AthleteFigures } from '@/lib/sharing/coach-figures';

const RECENT = 10;

/** The athlete's latest activities, each opening read-only, in the athlete's units. */
export function AthleteActivities({ athleteId, docs }: { athleteId: string; docs: AthleteDocs }) {
  const recent = [...docs.activities]
    .sort((a, b) => b.startTime.localeCompare(a.startTime))
    .slice(0, RECENT);
  return (
    <Card title="Activities">
      {recent.length === 0 ? (
        <p className="text-sm">No activities yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
          {recent.map((a) => (
            <li key={a.id} className="py-1">
              <Link
                href={`/activities/view/?id=${encodeURIComponent(a.id)}&athlete=${encodeURIComponent(athleteId)}`}
                prefetch={false}
                className="text-link underline"
              >
                {formatStartTime(a.startTime)} · {sportName(a.sport)}
              </Link>{' '}
              · {formatDistance(a.distanceM, docs.profile.units, a.sport)} ·{' '}
              {formatDuration(a.movingS)}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The journal's latest days, read-only. */
export function AthleteJournal({ docs }: { docs: AthleteDocs }) {
  const days = [...docs.days.entries()].sort(([a], [b]) => b.localeCompare(a)).slice(0, RECENT);
  return (
    <Card title="Journal">
      {days.length === 0 ? (
        <p className="text-sm">Nothing logged yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
          {days.map(([date, day]) => (
            <li key={date} className="py-1">
              <span className="font-medium">{date}</span>
              {day.sleepHours !== null ? ` · sleep ${day.sleepHours} h` : ''}
              {day.soreness !== null ? ` · soreness ${day.soreness}` : ''}
              {day.rmssdMs !== null ? ` · HRV ${day.rmssdMs} ms` : ''}
              {day.note ? <p className="italic">{day.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Form, load ratio and readiness as the engine gave them for the desk. */
export function AthleteTrends({ figures }: { figures: AthleteFigures | null }) {
  return (
    <Card title="Trends">
      {figures === null ? (
        <p role="status">Working out the figures…</p>
      ) : (
        <dl className="grid grid-cols-2 gap-1 text-sm">
          <dt>Form (fitness − fatigue)</dt>
          <dd>{figures.formTsb === null ? '—' : Math.round(figures.formTsb)}</dd>
          <dt>Acute:chronic load ratio</dt>
          <dd>{figures.acwr === null ? '—' : figures.acwr.toFixed(2)}</dd>
          <dt>Readiness today</dt>
          <dd>
            {figures.readiness?.score != null
              ? `${Math.round(figures.readiness.score)} / 100`
              : '—'}
          </dd>
          <dt>This week</dt>
          <dd>
            {figures.week
              ? `${figures.week.sessionsDone} of ${figures.week.sessionsPlanned} sessions`
              : '—'}
          </dd>
        </dl>
      )}
    </Card>
  );
}
