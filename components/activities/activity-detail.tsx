'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ActivityComments } from '@/components/comments/activity-comments';
import { SharedActivityDetail } from '@/components/coach/shared-activity';
import { athleteFromProfile } from '@/lib/store/athlete-input';
import { useAthleteId } from '@/lib/store/current-athlete';
import { useActivity } from '@/lib/store/use-activities';
import { useActivityBeats, useActivityStreams } from '@/lib/store/use-activity-streams';
import { ActivityBody } from './activity-body';
import { ActivityHeader } from './activity-header';
import { ActivityNotes } from './activity-notes';
import { DeletionNotice } from './deletion-notice';
import { ExportActivity } from './export-activity';

function NotFound() {
  return (
    <div>
      <PageHeader title="Activity not found">
        It may have been deleted, or made on another device that has not synced yet.
      </PageHeader>
      <Link href="/activities/" className="text-link underline">
        Back to activities
      </Link>
      <DeletionNotice />
    </div>
  );
}

/**
 * `/activities/view/?id=…`: one activity as an athlete coming from intervals.icu or TrainingPeaks
 * expects it. With `&athlete=…` it is a coached athlete's activity, read-only, for their coach.
 */
export function ActivityDetail() {
  const params = useSearchParams();
  const id = params.get('id');
  const athlete = params.get('athlete');
  const myId = useAthleteId();
  if (athlete && id && athlete !== myId)
    return <SharedActivityDetail athleteId={athlete} activityId={id} />;
  return <OwnActivity id={id} />;
}

/**
 * The athlete's own activity: headline figures, the streams charted, work and rest, zones, the
 * route, per-stroke data for rows, the load explained, and what the athlete said about it.
 */
function OwnActivity({ id }: { id: string | null }) {
  const { view, ready, profile, editor } = useActivity(id);
  const streams = useActivityStreams(view ? id : null);
  const beats = useActivityBeats(view ? id : null);
  const input = useMemo(() => athleteFromProfile(profile), [profile]);
  const athleteId = useAthleteId();

  if (!ready || !editor) return <p role="status">Loading…</p>;
  if (!view) return <NotFound />;
  const { entry } = view;
  return (
    <div>
      <ActivityHeader
        key={entry.id}
        entry={entry}
        editor={editor}
        actions={<ExportActivity activity={entry} />}
      />
      <div className="grid grid-cols-1 gap-4">
        <ActivityBody
          view={view}
          streams={streams}
          beats={beats}
          input={input}
          units={profile.units}
        />
        <Card title="How it felt">
          <ActivityNotes key={entry.id} activity={entry} editor={editor} />
        </Card>
        {athleteId ? (
          <Card>
            <ActivityComments athleteId={athleteId} activityId={entry.id} />
          </Card>
        ) : null}
      </div>
      <DeletionNotice />
    </div>
  );
}
