'use client';

import type { Domain } from '@/components/charts/scale';
import type { ActivityStreams } from '@/engine/activity/types';
import type { AthleteInput } from '@/engine/activity/athlete';
import type { ActivityBeats } from '@/lib/store/activity-doc';
import type { Units } from '@/lib/store/profile-schema';
import type { ActivityView } from '@/lib/store/use-activities';
import { ChartsCard, useChartZoom, workBands } from './charts-card';
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

/**
 * An activity's figures, charts, laps, zones, route, strokes and load, for whoever reads it: the
 * athlete on their own page, or their coach read-only, always in the athlete's units and zones.
 */
export function ActivityBody({
  view,
  streams,
  beats,
  input,
  units,
  showLegs = true,
}: {
  view: ActivityView;
  streams: ActivityStreams | null;
  beats: ActivityBeats | null;
  input: AthleteInput;
  units: Units;
  /** The multisport card links to the legs on the athlete's own page. */
  showLegs?: boolean;
}) {
  const { entry } = view;
  const analysis = useActivityAnalysis(entry, streams, beats, input, units);
  const { zoom, setZoom, show } = useChartZoom();
  return (
    <>
      {showLegs ? <MultisportCard legs={view.legs} currentId={entry.id} units={units} /> : null}
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
    </>
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
