import { findGapPauses } from '../../../activity/pauses.ts';
import { createStreamBuilder } from '../../../activity/stream-builder.ts';
import type { Activity, Lap } from '../../../activity/types.ts';
import { importFailure, type ImportFailure } from '../../import-error.ts';
import { sportFromLabel } from '../../../activity/sport.ts';
import { child, children, numberAt, parseXml, text, timeAt, type XmlNode } from './parse-xml.ts';

/** The fast-xml-parser importer as it was before the streaming reader: the reference it is checked against. */
export type ReferenceResult = { ok: true; activity: Activity } | ImportFailure;

/**
 * Garmin Training Center Database v2 (garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd), with
 * speed, watts and run cadence from the ActivityExtension v2 "TPX" element. TPX RunCadence counts
 * one foot, so it is doubled into steps per minute; <Cadence> is already per minute (bike, erg).
 */
function lapOf(lap: XmlNode, startMs: number): Lap | null {
  const lapStartMs = Date.parse(text(lap, '@_StartTime') ?? '');
  if (!Number.isFinite(lapStartMs)) return null;
  return {
    startTime: new Date(lapStartMs).toISOString(),
    startOffsetS: (lapStartMs - startMs) / 1000,
    elapsedS: numberAt(lap, 'TotalTimeSeconds') ?? 0,
    movingS: null,
    distanceM: numberAt(lap, 'DistanceMeters') ?? null,
  };
}

export function referenceTcx(xml: string): ReferenceResult {
  const parsed = parseXml(xml, 'TCX', 'TrainingCenterDatabase');
  if (!('root' in parsed)) return parsed;
  const database = child(parsed.root, 'TrainingCenterDatabase');
  const activity = children(child(database, 'Activities'), 'Activity')[0];
  if (!activity) {
    return importFailure(
      'NotAnActivity',
      child(database, 'Courses') || child(database, 'Workouts')
        ? 'This TCX file holds a course or a workout plan, not a recorded activity.'
        : 'This TCX file has no activity in it.',
    );
  }
  const laps = children(activity, 'Lap');
  const trackpoints = laps.flatMap((lap) =>
    children(lap, 'Track').flatMap((track) => children(track, 'Trackpoint')),
  );
  const timed = trackpoints.flatMap((point) => {
    const ms = timeAt(point, 'Time');
    return ms === undefined ? [] : [{ ms, point }];
  });
  if (timed.length === 0) {
    return importFailure('NotAnActivity', 'This TCX activity has no recorded samples to analyze.');
  }
  const startMs = Math.min(
    timed[0]!.ms,
    Date.parse(text(laps[0], '@_StartTime') ?? '') || Infinity,
  );
  const builder = createStreamBuilder(timed.length);
  for (const { ms, point } of timed) {
    const position = child(point, 'Position');
    const tpx = child(child(point, 'Extensions'), 'TPX');
    const runCadence = numberAt(tpx, 'RunCadence');
    builder.push({
      timeS: (ms - startMs) / 1000,
      latitudeDeg: numberAt(position, 'LatitudeDegrees'),
      longitudeDeg: numberAt(position, 'LongitudeDegrees'),
      altitudeM: numberAt(point, 'AltitudeMeters'),
      distanceM: numberAt(point, 'DistanceMeters'),
      heartRateBpm: numberAt(child(point, 'HeartRateBpm'), 'Value'),
      cadence: runCadence === undefined ? numberAt(point, 'Cadence') : runCadence * 2,
      speedMps: numberAt(tpx, 'Speed'),
      powerW: numberAt(tpx, 'Watts'),
    });
  }
  const streams = builder.build();
  const result: Activity = {
    sport: sportFromLabel(text(activity, '@_Sport')),
    subSport: null,
    startTime: new Date(startMs).toISOString(),
    source: 'tcx',
    device: text(child(activity, 'Creator'), 'Name') ?? null,
    laps: laps.flatMap((lap) => lapOf(lap, startMs) ?? []),
    pauses: findGapPauses(streams.timeS),
    streams,
  };
  return { ok: true, activity: result };
}
