'use client';

import { formatStartTime } from '@/lib/format/dates';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { ActivityChart } from '@/components/charts/activity-chart';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Stat, StatGrid } from '@/components/ui/stat';
import {
  formatDistance,
  formatElevation,
  formatHeartRate,
  formatPace,
  formatPower,
} from '@/lib/format/units';
import { formatClock } from '@/engine/units/clock';
import { ActivityComments } from '@/components/comments/activity-comments';
import { useAthleteId } from '@/lib/store/current-athlete';
import { useActivities } from '@/lib/store/use-activities';
import { useActivityStreams } from '@/lib/store/use-activity-streams';
import { useProfile } from '@/lib/store/use-profile';
import { ActivityNotes } from './activity-notes';
import { ExportActivity } from './export-activity';
import { SplitsTable } from './splits-table';

export function ActivityDetail() {
  const id = useSearchParams().get('id');
  const { activities, editor } = useActivities();
  const { profile } = useProfile();
  const athleteId = useAthleteId();
  const activity = activities.find((a) => a.id === id) ?? null;
  const streams = useActivityStreams(activity ? activity.id : null);
  const units = profile.units;

  if (!editor) return <p role="status">Loading…</p>;
  if (!activity) {
    return (
      <div>
        <PageHeader title="Activity not found">
          It may have been made on another device that has not synced yet.
        </PageHeader>
        <Link href="/activities/" className="text-link underline">
          Back to activities
        </Link>
      </div>
    );
  }
  const title = `${activity.sport.charAt(0).toUpperCase()}${activity.sport.slice(1)} on ${formatStartTime(activity.startTime)}`;
  return (
    <div>
      <PageHeader title={title}>
        {activity.fileName ? `From ${activity.fileName}` : `Source: ${activity.source}`}
      </PageHeader>
      <ExportActivity activity={activity} />
      <div className="grid gap-4">
        <Card title="Summary">
          <StatGrid>
            <Stat label="Distance" value={formatDistance(activity.distanceM, units)} />
            <Stat label="Moving time" value={formatClock(activity.movingS)} />
            <Stat label="Elapsed time" value={formatClock(activity.elapsedS)} />
            <Stat label="Pace" value={formatPace(activity.avgSpeedMps, units, activity.sport)} />
            <Stat label="Avg heart rate" value={formatHeartRate(activity.avgHr)} />
            <Stat label="Max heart rate" value={formatHeartRate(activity.maxHr)} />
            <Stat label="Elevation gain" value={formatElevation(activity.elevationGainM, units)} />
            <Stat label="Avg power" value={formatPower(activity.avgPowerW)} />
            <Stat
              label="Load"
              value={
                activity.load.value === null
                  ? '—'
                  : `${Math.round(activity.load.value)} (${activity.load.method})`
              }
            />
            <Stat
              label="Efficiency factor"
              value={
                activity.efficiencyFactor === null ? '—' : activity.efficiencyFactor.toFixed(2)
              }
            />
            <Stat
              label="Decoupling"
              value={
                activity.decouplingPct === null ? '—' : `${activity.decouplingPct.toFixed(1)} %`
              }
            />
          </StatGrid>
        </Card>
        <Card title="Heart rate and pace">
          {streams ? (
            <ActivityChart streams={streams} units={units} sport={activity.sport} />
          ) : (
            <p role="status" className="text-sm">
              Loading the recording…
            </p>
          )}
        </Card>
        <Card title="Splits">
          <SplitsTable activity={activity} units={units} />
        </Card>
        <Card title="How it felt">
          <ActivityNotes key={activity.id} activity={activity} editor={editor} />
        </Card>
        {athleteId ? (
          <Card>
            <ActivityComments athleteId={athleteId} activityId={activity.id} />
          </Card>
        ) : null}
      </div>
    </div>
  );
}
