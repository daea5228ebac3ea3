import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import { analyzeActivity } from '../analysis/analyze-activity.ts';
import { importOne } from './test-support/import-one.ts';
import { syntheticActivity } from './test-support/synthetic-activity.ts';
import { writeFit } from './test-support/write-fit.ts';
import { writeGpx } from './test-support/write-gpx.ts';
import { writeTcx } from './test-support/write-tcx.ts';

// One 40-minute run with a 2-minute pause, written as FIT (Garmin's encoder), GPX and TCX.
describe('the same run as FIT, GPX and TCX', () => {
  const run = syntheticActivity({ durationS: 2400, pause: { atS: 1000, forS: 120 } });
  const athlete = resolveAthlete();
  const bytes = {
    fit: writeFit(run),
    gpx: new TextEncoder().encode(writeGpx(run)),
    tcx: new TextEncoder().encode(writeTcx(run)),
  };
  const summaries = Object.fromEntries(
    Object.entries(bytes).map(([format, data]) => {
      const activity = importOne(data, `run.${format}`);
      expect(activity.source).toBe(format);
      return [format, analyzeActivity(activity, athlete)];
    }),
  );
  const fit = summaries.fit!;

  it('agree on distance within 0.5 % (GPX distance comes from the track alone)', () => {
    const expected = run.samples[run.samples.length - 1]!.distanceM;
    for (const summary of Object.values(summaries)) {
      expect(Math.abs(summary.distanceM - expected) / expected).toBeLessThan(0.005);
    }
  });
  it('agree on average heart rate, sport, start time and the pause', () => {
    for (const summary of Object.values(summaries)) {
      expect(summary.avgHr).toBeCloseTo(fit.avgHr!, 6);
      expect(summary.sport).toBe('running');
      expect(summary.startTime).toBe('2026-03-01T07:00:00.000Z');
      expect(summary.elapsedS).toBe(2400);
      expect(summary.recordedS).toBe(2280);
    }
  });
  it('agree on elevation gain and load within a few percent', () => {
    for (const summary of Object.values(summaries)) {
      expect(summary.elevationGainM).toBeCloseTo(fit.elevationGainM, -1);
      expect(summary.load.method).toBe('running-tss');
      expect(Math.abs(summary.load.value! - fit.load.value!) / fit.load.value!).toBeLessThan(0.03);
    }
  });
});
