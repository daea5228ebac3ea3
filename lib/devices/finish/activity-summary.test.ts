import { describe, expect, it } from 'vitest';
import { activitySummarySchema } from '../../store/activity-summary-schema';
import { profileDefaults } from '../../store/profile-schema';
import { summarizeRecording } from './activity-summary';
import { recordingToActivity } from './recording-to-activity';

describe('summarizeRecording', () => {
  it("turns a recorded row into the store's summary, with a gap left out of the averages", () => {
    const rows = Array.from({ length: 601 }, (_, s) => ({
      timeS: s,
      // The strap dropped out between 200 and 230 s.
      heartRateBpm: s >= 200 && s < 230 ? NaN : 140,
      speedMps: 4,
      powerW: 2.8 * 4 ** 3,
      cadence: 24,
      distanceM: s * 4,
    }));
    const activity = recordingToActivity(
      {
        meta: {
          id: 'x',
          startedAt: '2026-11-21T07:00:00.000Z',
          sport: 'rowing',
          devices: ['PM5 (demo)'],
          status: 'recording',
          plannedWorkoutId: null,
          updatedAtMs: 0,
        },
        rows,
        events: [
          { type: 'lap', atS: 300 },
          { type: 'gap-start', atS: 200, deviceId: 'strap', label: 'Heart-rate strap' },
          { type: 'gap-end', atS: 230, deviceId: 'strap' },
        ],
        chunkCount: 0,
      },
      600,
    );
    const id = '0b5c8e1e-7a44-4c1b-9a51-2f7f3f0e9d11';
    const summary = summarizeRecording(id, activity, profileDefaults);
    expect(activitySummarySchema.parse(summary)).toEqual(summary);
    expect(summary.source).toBe('recorder');
    expect(summary.distanceM).toBeCloseTo(2400, 0);
    expect(summary.avgHr).toBeCloseTo(140, 5);
    expect(summary.avgPowerW).toBeCloseTo(179.2, 1);
    expect(summary.laps).toHaveLength(2);
    expect(summary.splits.m500.length).toBeGreaterThanOrEqual(4);
    expect(summary.elevationGainM).toBeNull();
  });
});
