'use client';

import Link from 'next/link';
import { ActivityBody } from '@/components/activities/activity-body';
import { activityTitle, sportName } from '@/components/activities/activity-names';
import { ActivityComments } from '@/components/comments/activity-comments';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { formatStartTime } from '@/lib/format/dates';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import type { CoachedAthlete } from '@/lib/sharing/share-groups';
import { useSharedActivity } from '@/lib/sharing/use-shared-activity';
import { useCoachAccess } from '@/lib/sharing/use-shares';
import { useSyncStatus } from '@/lib/sync/sync-status';

function BackToAthlete({ athleteId }: { athleteId: string }) {
  return (
    <Link href={`/coach/athlete/?id=${athleteId}`} prefetch={false} className="text-link underline">
      Back to your athlete
    </Link>
  );
}

/** `/activities/view/?id=…&athlete=…`: a coached athlete's activity, read-only, for their coach. */
export function SharedActivityDetail({
  athleteId,
  activityId,
}: {
  athleteId: string;
  activityId: string;
}) {
  const access = useCoachAccess();
  const athlete = access.athletes.find((a) => a.athleteId === athleteId) ?? null;
  if (athlete) return <SharedActivity athlete={athlete} activityId={activityId} />;
  if (access.syncedAt === null) return <p role="status">Loading…</p>;
  return (
    <div className="grid gap-2">
      <PageHeader title="Activity">
        This athlete’s training is not shared with you (any more).
      </PageHeader>
      <Link href="/coach/" className="text-link underline">
        Back to your athletes
      </Link>
    </div>
  );
}

/** What the athlete said about it, read-only. */
function HowItFelt({ entry }: { entry: ActivityEntry }) {
  if (entry.rpe === null && !entry.notes) return null;
  return (
    <Card title="How it felt">
      {entry.rpe !== null ? <p className="text-sm">Effort {entry.rpe} / 10</p> : null}
      {entry.notes ? <p className="text-sm whitespace-pre-wrap italic">{entry.notes}</p> : null}
    </Card>
  );
}

function SharedActivity({ athlete, activityId }: { athlete: CoachedAthlete; activityId: string }) {
  const shared = useSharedActivity(athlete, activityId);
  const offline = useSyncStatus() === 'offline';
  const { view, profile } = shared;
  const name = profile.name || athlete.email;
  if (!shared.sharesList)
    return <p role="status">{name} does not share their activities with you.</p>;
  if (!view) {
    if (!shared.ready || (!shared.settled && !offline))
      return <p role="status">Loading {name}’s activity…</p>;
    return (
      <div className="grid gap-2">
        <PageHeader title="Activity not found">
          {offline
            ? 'This device has not synced it yet; it appears once you are back online.'
            : 'It may have been deleted.'}
        </PageHeader>
        <BackToAthlete athleteId={athlete.athleteId} />
      </div>
    );
  }
  const { entry } = view;
  return (
    <div>
      <header className="mb-6">
        <h1 className="text-3xl font-semibold tracking-tight break-words">
          {activityTitle(entry)}
        </h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">
          {name} · {sportName(entry.sport)} · {formatStartTime(entry.startTime)} · read-only
        </p>
        <BackToAthlete athleteId={athlete.athleteId} />
      </header>
      <div className="grid grid-cols-1 gap-4">
        {athlete.areas.includes('activityDetails') ? null : (
          <p className="text-sm">Charts and laps appear when {name} shares activity details.</p>
        )}
        <ActivityBody
          view={view}
          streams={shared.streams}
          beats={shared.beats}
          input={shared.input}
          units={profile.units}
          showLegs={false}
        />
        <HowItFelt entry={entry} />
        <Card>
          <ActivityComments athleteId={athlete.athleteId} activityId={entry.id} />
        </Card>
      </div>
    </div>
  );
}
