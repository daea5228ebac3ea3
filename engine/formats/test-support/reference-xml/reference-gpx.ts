import { findGapPauses } from '../../../activity/pauses.ts';
import { createStreamBuilder, type SampleRow } from '../../../activity/stream-builder.ts';
import type { Activity } from '../../../activity/types.ts';
import { importFailure, type ImportFailure } from '../../import-error.ts';
import { child, children, numberAt, parseXml, text, timeAt, type XmlNode } from './parse-xml.ts';
import { sportFromLabel } from '../../../activity/sport.ts';
import { cadenceScale } from '../../stride-cadence.ts';

/** The fast-xml-parser importer as it was before the streaming reader: the reference it is checked against. */
export type ReferenceResult = { ok: true; activity: Activity } | ImportFailure;

/**
 * GPX 1.1 (topografix.com/GPX/1/1) track points, with heart rate and cadence from Garmin's
 * TrackPointExtension v1/v2 (garmin.com/xmlschemas/TrackPointExtensionv2.xsd: <hr> in bpm, <cad>
 * in revolutions — one foot — per minute). Namespace prefixes vary between writers, so they are
 * stripped before reading.
 */
type TimedPoint = { ms: number; point: XmlNode };

function pointRow(point: XmlNode, timeS: number, strideScale: number): SampleRow {
  const tpx = child(child(point, 'extensions'), 'TrackPointExtension');
  const cadence = numberAt(tpx, 'cad');
  return {
    timeS,
    latitudeDeg: numberAt(point, '@_lat'),
    longitudeDeg: numberAt(point, '@_lon'),
    altitudeM: numberAt(point, 'ele'),
    heartRateBpm: numberAt(tpx, 'hr'),
    cadence: cadence === undefined ? undefined : cadence * strideScale,
    powerW: numberAt(child(point, 'extensions'), 'power'),
    speedMps: numberAt(tpx, 'speed'),
  };
}

export function referenceGpx(xml: string): ReferenceResult {
  const parsed = parseXml(xml, 'GPX', 'gpx');
  if (!('root' in parsed)) return parsed;
  const tracks = children(child(parsed.root, 'gpx'), 'trk');
  const points: TimedPoint[] = tracks.flatMap((trk) =>
    children(trk, 'trkseg').flatMap((seg) =>
      children(seg, 'trkpt').flatMap((point) => {
        const ms = timeAt(point, 'time');
        return ms === undefined ? [] : [{ ms, point }];
      }),
    ),
  );
  if (points.length === 0) {
    return importFailure(
      'NotAnActivity',
      tracks.length > 0 || children(child(parsed.root, 'gpx'), 'rte').length > 0
        ? 'This GPX file has a route but no times, so it is a planned course rather than a recorded activity.'
        : 'This GPX file has no track points to analyze.',
    );
  }
  const sport = sportFromLabel(text(tracks[0], 'type'));
  const startMs = points[0]!.ms;
  const builder = createStreamBuilder(points.length);
  for (const { ms, point } of points)
    builder.push(pointRow(point, (ms - startMs) / 1000, cadenceScale(sport)));
  const streams = builder.build();

  const activity: Activity = {
    sport,
    subSport: null,
    startTime: new Date(startMs).toISOString(),
    source: 'gpx',
    device: text(child(parsed.root, 'gpx'), '@_creator') ?? null,
    laps: [],
    pauses: findGapPauses(streams.timeS),
    streams,
  };
  return { ok: true, activity };
}
