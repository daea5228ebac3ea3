import { describe, expect, it } from 'vitest';
import { EARTH_MEAN_RADIUS_M } from '../activity/haversine.ts';
import { resolveAthlete } from '../activity/athlete.ts';
import { analyzeActivity } from '../analysis/analyze-activity.ts';
import { importAll, importBytes, importOne } from './test-support/import-one.ts';
import { steadyPoints, tcxActivity, tcxDocument, tcxLap } from './test-support/write-tcx-parts.ts';

const start = new Date('2026-07-04T08:00:00Z');
const athlete = resolveAthlete();
const DEG_PER_M = 180 / (Math.PI * EARTH_MEAN_RADIUS_M);

type Segment = { fromS: number; seconds: number; east: number; everyS?: number };

/** A GPX with one <trk> per list of segments; each segment runs north at 3 m/s from `east` m. */
function gpx(tracks: Segment[][], when = start): string {
  const at = (s: number) => new Date(when.getTime() + s * 1000).toISOString();
  const segment = ({ fromS, seconds, east, everyS = 1 }: Segment) => {
    const points: string[] = [];
    for (let t = 0; t <= seconds; t += everyS)
      points.push(
        `<trkpt lat="${(45 + 3 * t * DEG_PER_M).toFixed(8)}" lon="${(7 + (east * DEG_PER_M) / Math.cos((45 * Math.PI) / 180)).toFixed(8)}"><time>${at(fromS + t)}</time></trkpt>`,
      );
    return `<trkseg>${points.join('\n')}</trkseg>`;
  };
  return (
    '<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">' +
    tracks
      .map((segments) => `<trk><type>running</type>${segments.map(segment).join('')}</trk>`)
      .join('') +
    '</gpx>'
  );
}

describe('GPX: what lies between segments and tracks is not distance', () => {
  it('counts only the path inside each segment, and no jump in top speed', () => {
    const file = gpx([
      [
        { fromS: 0, seconds: 600, east: 0 },
        { fromS: 660, seconds: 600, east: 5000 },
      ],
      [{ fromS: 1320, seconds: 600, east: 9000 }],
    ]);
    const summary = analyzeActivity(importOne(file), athlete);
    expect(summary.distanceM).toBeCloseTo(3 * 1800, -1);
    expect(summary.maxSpeedMps).toBeLessThan(3.1);
    expect(summary.recordedS).toBe(1800);
  });
  it('a sparse recorder moving keeps its time as moving time', () => {
    // Recorded every second, but nothing written for 45 s every 5 minutes while running on.
    const points = gpx([[{ fromS: 0, seconds: 1800, east: 0 }]]).split('<trkpt');
    const kept = points.filter((_, i) => i === 0 || i === points.length - 1 || (i - 1) % 300 < 255);
    const summary = analyzeActivity(importOne(kept.join('<trkpt')), athlete);
    expect(summary.movingS).toBe(1800);
    expect(summary.distanceM).toBeCloseTo(5400, -1);
  });
  it('refuses a recording dated 1901 with the date and the reason', () => {
    const result = importBytes(
      gpx([[{ fromS: 0, seconds: 60, east: 0 }]], new Date('1901-12-13T20:45:52Z')),
    );
    expect(result.ok ? 'ok' : result.error.type).toBe('ImplausibleDate');
    if (!result.ok) expect(result.error.message).toMatch(/1901-12-13, before 1990/);
  });
});

describe('TCX as rowing apps, Suunto and multisport watches write it', () => {
  it('accepts whitespace and a byte-order mark before <?xml (a Polar export)', () => {
    const doc = tcxDocument(
      tcxActivity('Running', start, [
        tcxLap(start, { startS: 0, seconds: 60, distanceM: 180, points: steadyPoints(0, 60, 3) }),
      ]),
    );
    expect(importOne(`\uFEFF \r\n  ${doc}`).sport).toBe('running');
  });

  it('joins CrewNerd distance that restarts every lap, and knows it is rowing', () => {
    const laps = [0, 1, 2, 3].map((i) =>
      tcxLap(start, {
        startS: i * 600,
        seconds: 600,
        distanceM: 2400,
        points: steadyPoints(i * 600 + 1, 599, 4, { cadence: 22 }).map((p) => ({
          ...p,
          distanceM: p.distanceM! + 4,
        })),
      }),
    );
    const row = importOne(tcxDocument(tcxActivity('Other', start, laps), 'CrewNerd'));
    const summary = analyzeActivity(row, athlete);
    expect(row.sport).toBe('rowing');
    expect(row.deviceTotals?.distanceM).toBe(9600);
    expect(summary.distanceM).toBeCloseTo(9600, -1);
    expect(summary.avgCadence).toBe(22);
    expect(row.notes?.map((n) => n.type)).toEqual(['DistanceRestarted']);
  });

  it('reads a Concept2 PM5 export (Sport="Other") as rowing', () => {
    const lap = tcxLap(start, {
      startS: 0,
      seconds: 300,
      distanceM: 1200,
      points: steadyPoints(0, 300, 4),
    });
    expect(importOne(tcxDocument(tcxActivity('Other', start, [lap], 'Concept2 PM5'))).sport).toBe(
      'rowing',
    );
  });

  it('takes the lap totals of Suunto laps that have no trackpoints', () => {
    const laps = [
      tcxLap(start, { startS: 0, seconds: 600, distanceM: 1800, points: steadyPoints(0, 600, 3) }),
      tcxLap(start, { startS: 600, seconds: 600, distanceM: 1750, points: [] }),
      tcxLap(start, { startS: 1200, seconds: 600, distanceM: 1850, points: [] }),
      tcxLap(start, {
        startS: 1800,
        seconds: 600,
        distanceM: 1800,
        points: steadyPoints(1801, 599, 3, { fromM: 1803 }),
      }),
    ];
    const run = importOne(tcxDocument(tcxActivity('Running', start, laps, 'Suunto 9')));
    const summary = analyzeActivity(run, athlete);
    expect(summary.distanceM).toBeCloseTo(7200, -1);
    expect(summary.elapsedS).toBe(2400);
    expect(summary.movingS).toBe(2400);
    expect(run.notes?.[0]).toMatchObject({ type: 'LapTotalsUsed', count: 2 });
  });

  it('splits a MultiSportSession into its legs and the transition, grouped', () => {
    const run = tcxActivity('Running', start, [
      tcxLap(start, { startS: 0, seconds: 600, distanceM: 1800, points: steadyPoints(0, 600, 3) }),
    ]);
    const transition = tcxLap(
      start,
      { startS: 600, seconds: 60, distanceM: 60, points: steadyPoints(601, 59, 1, { fromM: 1 }) },
      'Transition',
    );
    const bike = tcxActivity('Biking', start, [
      tcxLap(start, {
        startS: 660,
        seconds: 1200,
        distanceM: 9600,
        points: steadyPoints(661, 1199, 8, { fromM: 8 }),
      }),
    ]);
    const doc = tcxDocument(
      `<MultiSportSession><Id>${start.toISOString()}</Id><FirstSport>${run}</FirstSport>` +
        `<NextSport>${transition}${bike}</NextSport></MultiSportSession>`,
    );
    const legs = importAll(doc);
    expect(legs.map((leg) => leg.sport)).toEqual(['running', 'transition', 'cycling']);
    expect(new Set(legs.map((leg) => leg.multisport?.groupId)).size).toBe(1);
    expect(legs.map((leg) => leg.multisport?.index)).toEqual([0, 1, 2]);
    expect(legs.map((leg) => Math.round(analyzeActivity(leg, athlete).distanceM))).toEqual([
      1800, 60, 9600,
    ]);
  });
});
