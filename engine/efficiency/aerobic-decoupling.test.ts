import { describe, expect, it } from 'vitest';
import {
  aerobicDecoupling,
  decouplingPct,
  MAX_STEADY_CV,
  WARM_UP_S,
} from './aerobic-decoupling.ts';

type Segment = { s: number; out: number; hr: number };

/** One-second samples of consecutive segments of constant output and heart rate. */
function samples(...segments: Segment[]) {
  const n = segments.reduce((sum, seg) => sum + seg.s, 0);
  const output = new Float64Array(n);
  const hr = new Float64Array(n);
  let i = 0;
  for (const seg of segments) {
    output.fill(seg.out, i, i + seg.s);
    hr.fill(seg.hr, i, i + seg.s);
    i += seg.s;
  }
  return { output, hr, seconds: new Float64Array(n).fill(1) };
}

const run = (...segments: Segment[]) => {
  const { output, hr, seconds } = samples(...segments);
  return aerobicDecoupling(output, hr, seconds);
};

const warmUp: Segment = { s: WARM_UP_S, out: 2.5, hr: 115 };

describe('aerobic decoupling', () => {
  it('T17: 3.00 m/s at 140 bpm, then 2.95 m/s at 146 bpm, is +5.71 % (Friel sign)', () => {
    expect(decouplingPct(3 / 140, 2.95 / 146)).toBeCloseTo(5.708, 2);
  });

  it('leaves the warm-up out and splits the rest in half when that is under an hour', () => {
    const result = run(warmUp, { s: 1200, out: 3, hr: 140 }, { s: 1200, out: 2.95, hr: 146 });
    expect(result.pct).toBeCloseTo(5.708, 2);
    expect(result.reason).toBeNull();
    expect(result.referenceS).toBe(1200);
    expect(result.comparisonS).toBe(1200);
  });

  it('takes the first hour after the warm-up as reference when that is shorter than half', () => {
    // Three hours after the warm-up: a half-split would mix 30 drifted minutes into the reference.
    const result = run(warmUp, { s: 3600, out: 3, hr: 140 }, { s: 7200, out: 2.95, hr: 146 });
    expect(result.referenceS).toBe(3600);
    expect(result.comparisonS).toBe(7200);
    expect(result.pct).toBeCloseTo(5.708, 2);
  });

  it('is negative when the later part is more efficient', () => {
    const result = run(warmUp, { s: 1200, out: 3, hr: 150 }, { s: 1200, out: 3, hr: 140 });
    expect(result.pct).toBeLessThan(0);
  });

  it('is withheld for efforts shorter than warm-up plus twenty minutes', () => {
    const result = run(warmUp, { s: 600, out: 3, hr: 140 }, { s: 599, out: 3, hr: 145 });
    expect(result.pct).toBeNull();
    expect(result.reason?.type).toBe('too-short');
    expect(result.reason?.message).toMatch(/30 minutes/);
  });

  it('is withheld for intervals: 3 min hard / 2 min easy varies far beyond the steady limit', () => {
    const reps = Array.from({ length: 8 }, () => [
      { s: 180, out: 4.5, hr: 165 },
      { s: 120, out: 2.5, hr: 140 },
    ]).flat();
    const result = run(warmUp, ...reps);
    expect(result.pct).toBeNull();
    expect(result.reason?.type).toBe('not-steady');
    expect(result.outputCv).toBeGreaterThan(MAX_STEADY_CV);
  });

  it('is withheld without heart rate, and stops do not count as time', () => {
    const { output, seconds } = samples({ s: 2400, out: 3, hr: 140 });
    const noHr = aerobicDecoupling(output, new Float64Array(2400).fill(Number.NaN), seconds);
    expect(noHr.reason?.type).toBe('no-heart-rate');
    const stopped = samples(warmUp, { s: 1200, out: 3, hr: 140 }, { s: 1200, out: 3, hr: 140 });
    stopped.seconds.fill(0, 1000, 2500);
    expect(aerobicDecoupling(stopped.output, stopped.hr, stopped.seconds).reason?.type).toBe(
      'too-short',
    );
  });
});
