import { describe, expect, it } from 'vitest';
import type { RecordedSession } from '../recorder/journal-format';
import { recordingToBeats } from './recording-to-beats';

const stroke = (atS: number, strokeCount: number) => ({
  type: 'stroke' as const,
  stroke: {
    atS,
    driveLengthM: 1.4,
    driveTimeS: 0.8,
    recoveryTimeS: 1.6,
    strokeDistanceM: 9.5,
    peakDriveForceLbs: 200,
    averageDriveForceLbs: 120,
    workPerStrokeJ: 600,
    strokeCount,
  },
});

const recorded = (events: RecordedSession['events']): RecordedSession => ({
  meta: {
    id: 's-1',
    startedAt: '2026-11-21T07:00:00.000Z',
    sport: 'rowing',
    devices: [],
    status: 'recording',
    plannedWorkoutId: null,
    updatedAtMs: 0,
  },
  rows: [0, 1, 2, 3].map((timeS) => ({
    timeS,
    heartRateBpm: NaN,
    speedMps: 4,
    powerW: timeS === 0 ? NaN : 200 + timeS,
    cadence: 20 + timeS,
    distanceM: 4 * timeS,
  })),
  events,
  chunkCount: 1,
});

describe('recordingToBeats', () => {
  it('takes session distance, stroke power and rate from the row at or before each stroke', () => {
    const beats = recordingToBeats(recorded([stroke(0.4, 1), stroke(2.9, 2), stroke(3.5, 3)]));
    expect(Array.from(beats.strokes.strokeDistanceM)).toEqual([9.5, 9.5, 9.5]);
    expect(Array.from(beats.strokes.distanceM)).toEqual([0, 8, 12]);
    expect(Array.from(beats.strokes.strokePowerW)).toEqual([NaN, 202, 203]);
    expect(Array.from(beats.strokes.strokeRateSpm)).toEqual([20, 22, 23]);
  });

  it('spreads each notification of RR intervals into one entry per beat', () => {
    const beats = recordingToBeats(
      recorded([
        { type: 'rr', atS: 1.2, rrIntervalsMs: [800, 812.5] },
        { type: 'rr', atS: 2.1, rrIntervalsMs: [] },
        { type: 'rr', atS: 2.2, rrIntervalsMs: [820.3125] },
      ]),
    );
    expect(Array.from(beats.rr.atS)).toEqual([1.2, 1.2, 2.2]);
    expect(Array.from(beats.rr.rrMs)).toEqual([800, 812.5, 820.3125]);
    expect(beats.strokes.atS).toHaveLength(0);
  });
});
