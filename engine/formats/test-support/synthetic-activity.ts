/**
 * A synthetic recording, sample by sample, that tests and benchmarks write out as FIT (with the
 * real @garmin/fitsdk Encoder), GPX and TCX, so the same activity can be read back in every format.
 */
import { EARTH_MEAN_RADIUS_M } from '../../activity/haversine.ts';

export type SyntheticSample = {
  timeS: number;
  heartRateBpm: number;
  speedMps: number;
  distanceM: number;
  latitudeDeg: number | null;
  longitudeDeg: number | null;
  altitudeM: number | null;
  /** Steps per minute (running) or strokes per minute (rowing). */
  cadence: number;
  powerW: number | null;
};

export type SyntheticActivity = {
  sport: 'running' | 'rowing';
  subSport: 'generic' | 'indoor_rowing';
  start: Date;
  samples: SyntheticSample[];
  /** Timer pauses: no samples inside, [startS, endS). */
  pauses: Array<{ startS: number; endS: number }>;
  lapEveryS: number;
  /** Lap starts in seconds (the first at 0), overriding `lapEveryS`: a workout's steps. */
  lapStartsS?: number[];
  /** The title the file gives it (GPX track name, TCX activity notes). */
  name?: string;
};

export type SyntheticOptions = {
  sport?: 'running' | 'rowing';
  durationS?: number;
  start?: Date;
  pause?: { atS: number; forS: number };
  lapEveryS?: number;
};

const DEG_PER_M = 180 / (Math.PI * EARTH_MEAN_RADIUS_M);

export function syntheticActivity(options: SyntheticOptions = {}): SyntheticActivity {
  const sport = options.sport ?? 'running';
  const durationS = options.durationS ?? 1800;
  const start = options.start ?? new Date('2026-03-01T07:00:00Z');
  const pauses = options.pause
    ? [{ startS: options.pause.atS, endS: options.pause.atS + options.pause.forS }]
    : [];
  const samples: SyntheticSample[] = [];
  let distanceM = 0;
  for (let t = 0; t <= durationS; t++) {
    if (pauses.some((p) => t > p.startS && t < p.endS)) continue;
    const progress = t / durationS;
    const running = sport === 'running';
    const speedMps = running ? 3.2 + 0.3 * Math.sin(t / 300) : 4.1 + 0.2 * Math.sin(t / 200);
    if (t > 0 && !pauses.some((p) => t === p.endS)) distanceM += speedMps;
    samples.push({
      timeS: t,
      heartRateBpm: Math.round(135 + 15 * progress + 4 * Math.sin(t / 45)),
      speedMps: Math.round(speedMps * 1000) / 1000,
      distanceM: Math.round(distanceM * 100) / 100,
      latitudeDeg: running ? 45 + distanceM * DEG_PER_M : null,
      longitudeDeg: running ? 7 : null,
      altitudeM: running
        ? Math.round((300 + 25 * Math.sin((2 * Math.PI * distanceM) / 2500)) * 5) / 5
        : null,
      cadence: running ? 170 : 24,
      powerW: running ? null : Math.round(2.8 * speedMps ** 3),
    });
  }
  return {
    sport,
    subSport: sport === 'rowing' ? 'indoor_rowing' : 'generic',
    start,
    samples,
    pauses,
    lapEveryS: options.lapEveryS ?? 600,
  };
}
