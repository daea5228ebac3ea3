/**
 * A small but real GPX 1.1 run (1 Hz, heading north at `speedMps`, heart rate in the Garmin
 * TrackPointExtension) for tests and the end-to-end journeys.
 */
export function tinyGpx(
  seconds: number,
  speedMps: number,
  startIso = '2026-11-20T07:00:00Z',
): string {
  const start = Date.parse(startIso);
  const metresPerDegreeLat = 111_195;
  const points: string[] = [];
  for (let i = 0; i < seconds; i++) {
    const lat = 51.5 + (i * speedMps) / metresPerDegreeLat;
    const time = new Date(start + i * 1000).toISOString();
    const hr = 130 + Math.round(20 * (i / seconds));
    points.push(
      `<trkpt lat="${lat.toFixed(7)}" lon="-0.1200000"><ele>${(10 + (i % 5) * 0.1).toFixed(1)}</ele><time>${time}</time>` +
        `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Splits tests" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
<trk><name>Morning run</name><type>running</type><trkseg>
${points.join('\n')}
</trkseg></trk></gpx>`;
}
