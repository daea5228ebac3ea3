import { describe, expect, it } from 'vitest';
import { activitySummarySchema } from '../../store/activity-summary-schema';
import { manualActivity, manualEntrySchema, manualSummary } from './manual-entry';

const entry = {
  sport: 'rowing' as const,
  startTime: '2026-11-21T07:00:00.000Z',
  durationS: 1800,
  distanceM: 7000,
  avgHr: 148,
  rpe: 6,
  notes: 'steady',
};

describe('manual entry', () => {
  it('makes a valid summary with speed from distance and time', () => {
    const summary = manualSummary('2b1f3a4e-6c1d-4f7a-9b7e-1d2c3b4a5f60', entry);
    expect(activitySummarySchema.parse(summary)).toEqual(summary);
    expect(summary.avgSpeedMps).toBeCloseTo(3.889, 3);
    expect(summary.source).toBe('manual');
  });

  it('leaves speed unknown without a distance and has no streams', () => {
    expect(
      manualSummary('2b1f3a4e-6c1d-4f7a-9b7e-1d2c3b4a5f60', { ...entry, distanceM: null })
        .avgSpeedMps,
    ).toBeNull();
    expect(manualActivity(entry).streams.timeS).toHaveLength(0);
  });

  it('refuses a session without a duration, with a message a person understands', () => {
    const parsed = manualEntrySchema.safeParse({ ...entry, durationS: 0 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Enter how long the session lasted.');
  });

  it('explains an out-of-range heart rate or effort in words', () => {
    const hr = manualEntrySchema.safeParse({ ...entry, avgHr: 20 });
    expect(hr.error?.issues[0]?.message).toBe(
      'Average heart rate should be between 30 and 240 bpm.',
    );
    const rpe = manualEntrySchema.safeParse({ ...entry, rpe: 11 });
    expect(rpe.error?.issues[0]?.message).toBe('Effort is a whole number from 1 to 10.');
  });
});
