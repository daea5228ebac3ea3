import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import type { Activity } from '../activity/types.ts';
import {
  MIN_BAND_S,
  paceAtHeartRate,
  referenceHeartRate,
  speedInHeartRateBand,
} from './pace-at-heart-rate.ts';

/** One sample a second: each part is [seconds, speed m/s, heart rate bpm]. */
function streams(parts: [number, number, number][]) {
  const speed: number[] = [];
  const hr: number[] = [];
  for (const [seconds, v, bpm] of parts)
    for (let i = 0; i < seconds; i++) {
      speed.push(v);
      hr.push(bpm);
    }
  const intervals = speed.map((_, i) => (i === 0 ? 0 : 1));
  return { speed, hr, intervals };
}

describe('pace at a given heart rate', () => {
  it('worked example: only the steady minutes at 145 ± 5 bpm after the warm-up count', () => {
    const s = streams([
      [600, 2.5, 145],
      [900, 3.0, 145],
      [900, 3.6, 165],
    ]);
    const r = speedInHeartRateBand(s.speed, s.hr, s.intervals, 145);
    // The warm-up minutes at 145 bpm are left out: heart rate lags the effort early on.
    // Blocks follow moving time, so one warm-up second can fall into the first block: ±0.005 m/s.
    expect(r.speedMps).toBeCloseTo(3.0, 2);
    expect(Math.abs(r.inBandS - 900)).toBeLessThanOrEqual(60);
  });

  it('is null when the session spends under 5 steady minutes in the band', () => {
    const s = streams([
      [600, 2.5, 130],
      [240, 3.0, 145],
      [900, 3.6, 165],
    ]);
    const r = speedInHeartRateBand(s.speed, s.hr, s.intervals, 145);
    expect(r.speedMps).toBeNull();
    expect(r.inBandS).toBeLessThan(MIN_BAND_S);
  });

  it('leaves out minutes that mix fast repeats and slow recoveries', () => {
    // 30 s at 4.5 m/s, 30 s at 2.0 m/s: each minute averages 145 bpm but is not steady.
    const parts: [number, number, number][] = [[600, 2.5, 130]];
    for (let i = 0; i < 15; i++) parts.push([30, 4.5, 150], [30, 2.0, 140]);
    const s = streams(parts);
    expect(speedInHeartRateBand(s.speed, s.hr, s.intervals, 145).speedMps).toBeNull();
  });

  it('a fitter day — faster at the same heart rate — gives a higher value', () => {
    const slow = streams([
      [600, 2.5, 130],
      [1200, 3.0, 146],
    ]);
    const fast = streams([
      [600, 2.5, 130],
      [1200, 3.2, 146],
    ]);
    const a = speedInHeartRateBand(slow.speed, slow.hr, slow.intervals, 145).speedMps!;
    const b = speedInHeartRateBand(fast.speed, fast.hr, fast.intervals, 145).speedMps!;
    expect(b).toBeGreaterThan(a);
  });

  it('reference is 65 % of heart-rate reserve: rest 60, max 190 → 145 bpm', () => {
    expect(referenceHeartRate(60, 190)).toBe(145);
  });

  it('works on a whole activity with its pauses, using grade-adjusted speed', () => {
    const s = streams([
      [600, 2.5, 130],
      [1200, 3.0, 145],
    ]);
    const n = s.speed.length;
    const activity: Activity = {
      sport: 'running',
      subSport: null,
      startTime: '2027-01-01T07:00:00Z',
      source: 'test',
      device: null,
      laps: [],
      pauses: [],
      streams: {
        timeS: Float64Array.from({ length: n }, (_, i) => i),
        heartRateBpm: Float32Array.from(s.hr),
        speedMps: Float32Array.from(s.speed),
        powerW: new Float32Array(n).fill(NaN),
        cadence: new Float32Array(n).fill(NaN),
        distanceM: Float64Array.from({ length: n }, (_, i) => i * 3),
        latitudeDeg: new Float64Array(n).fill(NaN),
        longitudeDeg: new Float64Array(n).fill(NaN),
        altitudeM: new Float32Array(n).fill(NaN),
      },
    };
    const r = paceAtHeartRate(activity, resolveAthlete({ restHr: 60, maxHr: 190 }));
    expect(r.referenceBpm).toBe(145);
    expect(r.speedMps).toBeCloseTo(3.0, 5);
  });
});
