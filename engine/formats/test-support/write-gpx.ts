import type { SyntheticActivity, SyntheticSample } from './synthetic-activity.ts';

/** The activity as GPX 1.1 with Garmin TrackPointExtension v2; a pause starts a new segment. */
export function writeGpx(activity: SyntheticActivity): string {
  const at = (s: number) => new Date(activity.start.getTime() + s * 1000).toISOString();
  const point = (s: SyntheticSample) =>
    `<trkpt lat="${s.latitudeDeg?.toFixed(8)}" lon="${s.longitudeDeg?.toFixed(8)}"><ele>${s.altitudeM}</ele>` +
    `<time>${at(s.timeS)}</time><extensions><gpxtpx:TrackPointExtension>` +
    `<gpxtpx:hr>${s.heartRateBpm}</gpxtpx:hr><gpxtpx:cad>${s.cadence / 2}</gpxtpx:cad>` +
    `</gpxtpx:TrackPointExtension></extensions></trkpt>`;
  const segments: string[][] = [[]];
  for (const s of activity.samples) {
    if (activity.pauses.some((p) => p.endS === s.timeS)) segments.push([]);
    segments[segments.length - 1]!.push(point(s));
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Splits tests" xmlns="http://www.topografix.com/GPX/1/1"',
    ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">',
    `<metadata><time>${at(0)}</time></metadata>`,
    `<trk><name>${activity.name ?? 'Synthetic'}</name><type>${activity.sport}</type>`,
    ...segments.map((seg) => `<trkseg>\n${seg.join('\n')}\n</trkseg>`),
    '</trk></gpx>',
  ].join('\n');
}
