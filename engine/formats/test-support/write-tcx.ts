import type { SyntheticActivity, SyntheticSample } from './synthetic-activity.ts';

/** The activity as TCX v2 with ActivityExtension v2 speed and run cadence; laps every lapEveryS. */
export function writeTcx(activity: SyntheticActivity): string {
  const at = (s: number) => new Date(activity.start.getTime() + s * 1000).toISOString();
  const isRun = activity.sport === 'running';
  const point = (s: SyntheticSample) =>
    `<Trackpoint><Time>${at(s.timeS)}</Time>` +
    (s.latitudeDeg === null
      ? ''
      : `<Position><LatitudeDegrees>${s.latitudeDeg.toFixed(8)}</LatitudeDegrees><LongitudeDegrees>${s.longitudeDeg?.toFixed(8)}</LongitudeDegrees></Position>`) +
    (s.altitudeM === null ? '' : `<AltitudeMeters>${s.altitudeM}</AltitudeMeters>`) +
    `<DistanceMeters>${s.distanceM}</DistanceMeters><HeartRateBpm><Value>${s.heartRateBpm}</Value></HeartRateBpm>` +
    (isRun ? '' : `<Cadence>${s.cadence}</Cadence>`) +
    `<Extensions><ns3:TPX><ns3:Speed>${s.speedMps}</ns3:Speed>` +
    (isRun
      ? `<ns3:RunCadence>${s.cadence / 2}</ns3:RunCadence>`
      : `<ns3:Watts>${s.powerW}</ns3:Watts>`) +
    `</ns3:TPX></Extensions></Trackpoint>`;
  const starts = activity.lapStartsS;
  // A sample on a lap boundary closes the lap before it.
  const lapOf = (t: number) =>
    starts
      ? Math.max(0, starts.filter((s) => s < t).length - 1)
      : Math.floor(Math.max(0, t - 1) / activity.lapEveryS);
  const lapStart = (index: number) => (starts ? starts[index]! : index * activity.lapEveryS);
  const laps = new Map<number, SyntheticSample[][]>();
  for (const s of activity.samples) {
    const lapIndex = lapOf(s.timeS);
    const tracks = laps.get(lapIndex) ?? [[]];
    if (activity.pauses.some((p) => p.endS === s.timeS)) tracks.push([]);
    tracks[tracks.length - 1]!.push(s);
    laps.set(lapIndex, tracks);
  }
  let lapStartDistanceM = 0;
  const lapXml = [...laps.entries()].map(([index, tracks]) => {
    const all = tracks.flat();
    const startS = lapStart(index);
    const last = all[all.length - 1]!;
    const lapDistanceM = last.distanceM - lapStartDistanceM;
    lapStartDistanceM = last.distanceM;
    return (
      `<Lap StartTime="${at(startS)}"><TotalTimeSeconds>${last.timeS - startS}</TotalTimeSeconds>` +
      `<DistanceMeters>${lapDistanceM.toFixed(2)}</DistanceMeters><Intensity>Active</Intensity><TriggerMethod>Time</TriggerMethod>` +
      tracks.map((t) => `<Track>${t.map(point).join('')}</Track>`).join('') +
      '</Lap>'
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"',
    ' xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">',
    `<Activities><Activity Sport="${isRun ? 'Running' : 'Other'}"><Id>${at(0)}</Id>`,
    ...lapXml,
    activity.name === undefined ? '' : `<Notes>${activity.name}</Notes>`,
    '</Activity></Activities></TrainingCenterDatabase>',
  ].join('\n');
}
