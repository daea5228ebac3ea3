import type { Activity, ActivityStreams } from '@/engine/activity/types';
import type { ActivitySummary } from '@/lib/store/activity-summary-schema';

/**
 * The engine's Activity rebuilt from what the app stores: the summary's facts and laps, the
 * streams from `<a>/activity/<id>`. Pauses are not stored; the writers find them as silences in
 * the samples, as the importers did.
 */
export function activityForExport(summary: ActivitySummary, streams: ActivityStreams): Activity {
  const startMs = Date.parse(summary.startTime);
  return {
    sport: summary.sport,
    subSport: summary.subSport,
    startTime: new Date(startMs).toISOString(),
    source: summary.source,
    device: summary.device,
    laps: summary.laps.map((lap) => ({
      startTime: lap.startTime,
      startOffsetS: (Date.parse(lap.startTime) - startMs) / 1000,
      elapsedS: lap.elapsedS,
      movingS: lap.movingS,
      distanceM: lap.distanceM,
    })),
    pauses: [],
    streams,
  };
}

/** "running-2026-11-20-0700": a file name from the sport and the local start, without extension. */
export function exportBaseName(summary: ActivitySummary): string {
  const fromFile = summary.fileName?.replace(/\.(fit|gpx|tcx)$/i, '').trim();
  if (fromFile) return fromFile;
  const start = summary.startTime.slice(0, 16).replace('T', '-').replace(':', '');
  return `${summary.sport}-${start}`;
}
