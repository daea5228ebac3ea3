/**
 * TCX pieces for the patterns real exporters produce (lap-restarting distance, laps without
 * trackpoints, MultiSportSession, rowing apps' creators), written as those apps lay them out.
 */
export type TcxPoint = { atS: number; distanceM?: number; hr?: number; cadence?: number };

const iso = (start: Date, s: number) => new Date(start.getTime() + s * 1000).toISOString();

export function tcxLap(
  start: Date,
  lap: { startS: number; seconds: number; distanceM: number; points: TcxPoint[] },
  tag = 'Lap',
): string {
  const points = lap.points
    .map(
      (p) =>
        `<Trackpoint><Time>${iso(start, p.atS)}</Time>` +
        (p.distanceM === undefined ? '' : `<DistanceMeters>${p.distanceM}</DistanceMeters>`) +
        (p.hr === undefined ? '' : `<HeartRateBpm><Value>${p.hr}</Value></HeartRateBpm>`) +
        (p.cadence === undefined ? '' : `<Cadence>${p.cadence}</Cadence>`) +
        '</Trackpoint>',
    )
    .join('\n');
  return (
    `<${tag} StartTime="${iso(start, lap.startS)}"><TotalTimeSeconds>${lap.seconds}</TotalTimeSeconds>` +
    `<DistanceMeters>${lap.distanceM}</DistanceMeters><Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod>` +
    (points ? `<Track>\n${points}\n</Track>` : '') +
    `</${tag}>`
  );
}

export function tcxActivity(sport: string, start: Date, laps: string[], creator?: string): string {
  const creatorXml = creator ? `<Creator><Name>${creator}</Name></Creator>` : '';
  return `<Activity Sport="${sport}"><Id>${start.toISOString()}</Id>\n${laps.join('\n')}\n${creatorXml}</Activity>`;
}

export function tcxDocument(activities: string, author?: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">',
    `<Activities>${activities}</Activities>`,
    author ? `<Author><Name>${author}</Name></Author>` : '',
    '</TrainingCenterDatabase>',
  ].join('\n');
}

/** Points every `everyS` seconds at `speedMps`, distance counted from `fromM`. */
export function steadyPoints(
  startS: number,
  seconds: number,
  speedMps: number,
  options: { everyS?: number; fromM?: number; hr?: number; cadence?: number } = {},
): TcxPoint[] {
  const every = options.everyS ?? 1;
  const points: TcxPoint[] = [];
  for (let t = 0; t <= seconds; t += every)
    points.push({
      atS: startS + t,
      distanceM: Math.round(((options.fromM ?? 0) + t * speedMps) * 10) / 10,
      hr: options.hr ?? 140,
      ...(options.cadence === undefined ? {} : { cadence: options.cadence }),
    });
  return points;
}
