import { describe, expect, it } from 'vitest';
import { recordingToActivity } from './recording-to-activity';
import type { RecordedSession } from '../recorder/journal-format';

function session(events: RecordedSession['events'], seconds = 60): RecordedSession {
  return {
    meta: {
      id: 's1',
      startedAt: '2026-11-21T07:00:00.000Z',
      sport: 'rowing',
      devices: ['Concept2 PM5', 'Heart-rate strap'],
      status: 'recording',
      plannedWorkoutId: null,
      updatedAtMs: 0,
    },
    rows: Array.from({ length: seconds + 1 }, (_, s) => ({
      timeS: s,
      heartRateBpm: s >= 20 && s < 30 ? NaN : 120 + s,
      speedMps: 4,
      powerW: 200,
      cadence: 24,
      distanceM: s * 4,
    })),
    events,
    chunkCount: 13,
  };
}

describe('recordingToActivity', () => {
  it('makes equal-length columns from the rows, NaN where a link was down', () => {
    const a = recordingToActivity(session([]), 60);
    expect(a.source).toBe('recorder');
    expect(a.sport).toBe('rowing');
    expect(a.device).toBe('Concept2 PM5 + Heart-rate strap');
    expect(a.streams.timeS).toHaveLength(61);
    expect(a.streams.latitudeDeg).toHaveLength(61);
    expect(a.streams.heartRateBpm[19]).toBe(139);
    expect(a.streams.heartRateBpm[25]).toBeNaN();
    expect(a.streams.distanceM[60]).toBe(240);
    expect(a.laps).toEqual([
      {
        startTime: '2026-11-21T07:00:00.000Z',
        startOffsetS: 0,
        elapsedS: 60,
        movingS: null,
        distanceM: 240,
      },
    ]);
  });

  it('cuts laps at lap presses with their own distances', () => {
    const a = recordingToActivity(
      session([
        { type: 'lap', atS: 15 },
        { type: 'lap', atS: 40 },
      ]),
      60,
    );
    expect(a.laps.map((l) => [l.startOffsetS, l.elapsedS, l.distanceM])).toEqual([
      [0, 15, 60],
      [15, 25, 100],
      [40, 20, 80],
    ]);
    expect(a.laps[1]?.startTime).toBe('2026-11-21T07:00:15.000Z');
  });

  it('turns pause/resume into timer pauses and dropped links into gaps', () => {
    const a = recordingToActivity(
      session([
        { type: 'gap-start', atS: 20, deviceId: 'strap', label: 'Heart-rate strap' },
        { type: 'pause', atS: 35 },
        { type: 'gap-end', atS: 30, deviceId: 'strap' },
        { type: 'resume', atS: 38 },
        { type: 'gap-start', atS: 50, deviceId: 'pm5', label: 'Concept2 PM5' },
      ]),
      60,
    );
    expect(a.pauses).toEqual([
      { startS: 20, endS: 30, reason: 'gap' },
      { startS: 35, endS: 38, reason: 'timer' },
      // Still down at the finish: the gap runs to the end.
      { startS: 50, endS: 60, reason: 'gap' },
    ]);
  });
});
