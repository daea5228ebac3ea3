import type { Activity } from '../activity/types.ts';
import { cadenceScale } from '../formats/stride-cadence.ts';
import { exportFailure, type ExportResult } from './export-format.ts';
import { decimal, finite, resumeIndices } from './export-samples.ts';
import { element, xmlText } from './xml-text.ts';

const GPX_NS = 'http://www.topografix.com/GPX/1/1';
const TPX_NS = 'http://www.garmin.com/xmlschemas/TrackPointExtension/v2';

const optional = (value: number | undefined, digits: number) =>
  value === undefined ? undefined : decimal(value, digits);

function trackPoint(activity: Activity, i: number, lat: number, lon: number): string {
  const s = activity.streams;
  const timeMs = Date.parse(activity.startTime) + s.timeS[i]! * 1000;
  // TrackPointExtension <hr> and <cad> are unsignedByte; <cad> counts one foot for foot sports.
  const hr = finite(Math.round(s.heartRateBpm[i]!));
  const cad = finite(Math.round(s.cadence[i]! / cadenceScale(activity.sport)));
  const tpx =
    element('gpxtpx:hr', optional(hr, 0)) +
    element('gpxtpx:cad', optional(cad, 0)) +
    element('gpxtpx:speed', optional(finite(s.speedMps[i]), 3));
  const power = element('power', optional(finite(Math.round(s.powerW[i]!)), 0));
  const extensions =
    tpx || power
      ? `<extensions>${power}${tpx ? `<gpxtpx:TrackPointExtension>${tpx}</gpxtpx:TrackPointExtension>` : ''}</extensions>`
      : '';
  return (
    `<trkpt lat="${decimal(lat, 8)}" lon="${decimal(lon, 8)}">` +
    element('ele', optional(finite(s.altitudeM[i]), 2)) +
    `<time>${new Date(timeMs).toISOString()}</time>${extensions}</trkpt>`
  );
}

/**
 * The activity as GPX 1.1 (topografix.com/GPX/1/1) with Garmin's TrackPointExtension v2 for heart
 * rate, cadence and speed, and `<power>` in the point's extensions as Strava and Garmin write it.
 * GPX is a track: points need a position, so samples without one are left out, and an activity
 * without any position (a rowing machine, a treadmill) has no GPX. A pause starts a new segment.
 */
export function writeGpxActivity(activity: Activity, title: string): ExportResult {
  const s = activity.streams;
  const resumes = resumeIndices(activity);
  const segments: string[][] = [[]];
  for (let i = 0; i < s.timeS.length; i++) {
    const lat = finite(s.latitudeDeg[i]);
    const lon = finite(s.longitudeDeg[i]);
    if (resumes.has(i) && segments[segments.length - 1]!.length > 0) segments.push([]);
    if (lat !== undefined && lon !== undefined)
      segments[segments.length - 1]!.push(trackPoint(activity, i, lat, lon));
  }
  if (segments.every((segment) => segment.length === 0)) {
    return exportFailure(
      'NoPositions',
      'This activity has no GPS positions, and a GPX file is a track on a map. Choose FIT or TCX instead.',
    );
  }
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gpx version="1.1" creator="${xmlText(activity.device ?? 'Splits')}" xmlns="${GPX_NS}" xmlns:gpxtpx="${TPX_NS}">`,
    `<metadata><time>${new Date(Date.parse(activity.startTime)).toISOString()}</time></metadata>`,
    `<trk><name>${xmlText(title)}</name><type>${xmlText(activity.sport)}</type>`,
    ...segments
      .filter((segment) => segment.length > 0)
      .map((segment) => `<trkseg>\n${segment.join('\n')}\n</trkseg>`),
    '</trk>',
    '</gpx>',
    '',
  ].join('\n');
  return { ok: true, bytes: new TextEncoder().encode(xml) };
}
