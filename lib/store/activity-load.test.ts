import { describe, expect, it } from 'vitest';
import type { AthleteInput } from '@/engine/activity/athlete';
import { importOne } from '@/engine/formats/test-support/import-one';
import { syntheticActivity } from '@/engine/formats/test-support/synthetic-activity';
import { writeTcx } from '@/engine/formats/test-support/write-tcx';
import { summarizeActivity } from '@/lib/worker/summarize-activity';
import type { ActivityEntry } from './activities-doc';
import { loadOf, withCurrentLoads } from './activity-load';
import type { ActivitySummary } from './activity-summary-schema';

const run = importOne(writeTcx(syntheticActivity({ durationS: 2400 })));

function imported(input: AthleteInput): ActivitySummary {
  const result = summarizeActivity(run, '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', 'run.tcx', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.summary;
}

function entry(summary: ActivitySummary, extra: Partial<ActivityEntry> = {}): ActivityEntry {
  return {
    ...summary,
    recordedSport: summary.sport,
    title: null,
    customTitle: null,
    rpe: null,
    notes: '',
    plannedWorkoutId: null,
    ...extra,
  };
}

describe('loads for the current settings', () => {
  it('gives the same run the same load whatever the settings were when it was imported', () => {
    // Imported before and after the athlete set a threshold pace of 4:30/km …
    const early = entry(imported({}));
    const late = entry(imported({ thresholdPaceSPerKm: 270 }));
    expect(early.load.value).not.toBeCloseTo(late.load.value!, 0);
    // … both read with today's settings give one figure: the one a fresh import gives.
    const now: AthleteInput = { thresholdPaceSPerKm: 270 };
    const [a, b] = withCurrentLoads([early, late], now);
    expect(a!.load.value).toBeCloseTo(late.load.value!, 9);
    expect(b!.load.value).toBeCloseTo(late.load.value!, 9);
    expect(loadOf(early, now).report?.thresholds).toEqual([
      { name: 'thresholdPaceSPerKm', value: 270, assumed: false },
    ]);
  });

  it('follows a corrected sport', () => {
    const walk = loadOf(entry(imported({}), { sport: 'walking' }), {});
    expect(walk.method).toBe('hrss');
  });

  it('gives a session entered by hand its session-RPE load once rated (20 min at RPE 6)', () => {
    const manual = entry({
      ...imported({}),
      source: 'manual',
      loadBasis: undefined,
      movingS: 1200,
      load: { value: null, method: 'none' },
    });
    expect(loadOf(manual, {}).method).toBe('none');
    const rated = loadOf({ ...manual, rpe: 6 }, {});
    expect(rated).toMatchObject({ method: 'session-rpe' });
    expect(rated.value).toBeCloseTo(120 / 4.2, 9);
  });

  it('keeps the load an older import computed when the summary has no basis', () => {
    const old = entry({
      ...imported({}),
      loadBasis: undefined,
      load: { value: 49, method: 'running-tss' },
    });
    expect(loadOf(old, { thresholdPaceSPerKm: 270 })).toMatchObject({ value: 49, report: null });
  });
});
