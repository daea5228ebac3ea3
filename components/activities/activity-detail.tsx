'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import type { Domain } from '@/components/charts/scale';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ActivityComments } from '@/components/comments/activity-comments';
import type { AthleteInput } from '@/engine/activity/athlete';
import { athleteFromProfile } from '@/lib/store/athlete-input';
import { useAthleteId } from '@/lib/store/current-athlete';
import type { Units } from '@/lib/store/profile-schema';
import { useActivity } from '@/lib/store/use-activities';
import { useActivityBeats, useActivityStreams } from '@/lib/store/use-activity-streams';
import { ActivityHeader } from './activity-header';
import { ActivityNotes } from './activity-notes';
import { ChartsCard, useChartZoom, workBands } from './charts-card';
import { DeletionNotice } from './deletion-notice';
import { ExportActivity } from './export-activity';
import { ImportNotesCard } from './import-notes-card';
import { LoadCard } from './load-card';
import { MultisportCard } from './multisport-card';
import { RouteCard } from './route-card';
import { SegmentsCard } from './segments-card';
import { StrokesCard } from './strokes-card';
import { SummaryCard } from './summary-card';
import { SwimCard } from './swim-card';
import { useActivityAnalysis, type ActivityAnalysis } from './use-activity-analysis';
import { ZonesCard } from './zones-card';

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
 * One activity as an athlete coming from intervals.icu or TrainingPeaks expects it: headline
 * figures, the streams charted, work and rest, zones, the route, per-stroke data for rows, the
 * load explained, and what the athlete said about it.
 */
export function ActivityDetail() {
  const id = useSearchParams().get('id');
  const { view, ready, profile, editor } = useActivity(id);
  const streams = useActivityStreams(view ? id : null);
  const beats = useActivityBeats(view ? id : null);
  const input = useMemo(() => athleteFromProfile(profile), [profile]);
  const analysis = useActivityAnalysis(view?.entry ?? null, streams, beats, input, profile.units);
  const { zoom, setZoom, show } = useChartZoom();
  const athleteId = useAthleteId();
  const units = profile.units;

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
        <MultisportCard legs={view.legs} currentId={entry.id} units={units} />
        <SummaryCard entry={entry} units={units} hrv={analysis?.detail.hrv ?? null} />
        <ImportNotesCard entry={entry} />
        {entry.source === 'manual' ? null : (
          <ChartsCard
            streams={streams}
            sport={entry.sport}
            units={units}
            bands={workBands(analysis?.detail.intervals)}
            zoom={zoom}
            onZoom={setZoom}
          />
        )}
        {analysis ? (
          <AnalysisCards
            analysis={analysis}
            input={input}
            sport={entry.sport}
            units={units}
            onShow={show}
          />
        ) : null}
        {streams ? (
          <RouteCard
            streams={streams}
            sport={entry.sport}
            units={units}
            distanceM={entry.distanceM}
            zoom={zoom}
          />
        ) : null}
        {entry.swim ? <SwimCard swim={entry.swim} /> : null}
        {beats && streams ? (
          <StrokesCard
            strokes={beats.strokes}
            endS={streams.timeS[streams.timeS.length - 1] ?? 0}
            zoom={zoom}
          />
        ) : null}
        <LoadCard entry={entry} load={view.load} importedLoad={view.importedLoad} units={units} />
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

/** What the analysis found: work and rest, splits and laps, and time in each zone. */
function AnalysisCards({
  analysis,
  input,
  sport,
  units,
  onShow,
}: {
  analysis: ActivityAnalysis;
  input: AthleteInput;
  sport: string;
  units: Units;
  onShow: (range: Domain) => void;
}) {
  return (
    <>
      <SegmentsCard
        intervals={analysis.detail.intervals}
        laps={analysis.detail.laps}
        splits={analysis.splits}
        sport={sport}
        units={units}
        onShow={onShow}
      />
      <ZonesCard
        zones={analysis.detail.zones}
        athlete={analysis.athlete}
        input={input}
        sport={sport}
        units={units}
      />
    </>
  );
}
