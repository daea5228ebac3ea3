import { describe, expect, it } from 'vitest';
import type { RecordedSession, RecordingEvent } from './journal-format';
import { AWAY_GAP_ID, recoveredEndS, resumePoint } from './resume-point';

const row = (timeS: number) => ({
  timeS,
  heartRateBpm: 140,
  speedMps: 4,
  powerW: 200,
  cadence: 24,
  distanceM: timeS < 30 ? 4 * timeS : 120,
});

function session(events: RecordingEvent[], lastRowS = 40): RecordedSession {
  return {
    meta: {
      id: 's-1',
      startedAt: '2026-11-21T07:00:00.000Z',
      sport: 'rowing',
      devices: ['PM5 (demo)'],
      status: 'recording',
      plannedWorkoutId: null,
      updatedAtMs: 1_000_000,
    },
    rows: Array.from({ length: lastRowS + 1 }, (_, t) => row(t)),
    events,
    chunkCount: 9,
  };
}

describe('resumePoint', () => {
  it('carries on after the time away, marked as a gap, with distance and laps as they were', () => {
    const recorded = session([
      { type: 'lap', atS: 10 },
      { type: 'pause', atS: 20 },
      { type: 'resume', atS: 25 },
    ]);
    // 12 s of wall time away at 2× session speed: 24 session seconds.
    const point = resumePoint(recorded, 1_012_000, 2);
    expect(point.endS).toBe(40);
    expect(point.resumeAtS).toBe(64);
    expect(point.bridge).toEqual([
      { type: 'gap-start', atS: 40, deviceId: AWAY_GAP_ID, label: 'Splits was closed' },
      { type: 'gap-end', atS: 64, deviceId: AWAY_GAP_ID },
    ]);
    expect(point.pausedS).toBe(5 + 24);
    expect(point.distanceM).toBe(120);
    expect(point.lapNumber).toBe(2);
    expect(point.lapStartActiveS).toBe(10);
    expect(point.lapStartDistanceM).toBe(40);
  });

  it('closes a timer pause and a dropped link that were still open when the app went', () => {
    const recorded = session([
      { type: 'gap-start', atS: 30, deviceId: 'strap', label: 'Heart-rate strap' },
      { type: 'pause', atS: 35 },
    ]);
    const point = resumePoint(recorded, 1_000_000, 1);
    expect(point.bridge.slice(0, 2)).toEqual([
      { type: 'resume', atS: 40 },
      { type: 'gap-end', atS: 40, deviceId: 'strap' },
    ]);
    // At least a second away, so the first new row comes after the last recorded one.
    expect(point.resumeAtS).toBe(41);
    expect(point.pausedS).toBe(5 + 1);
  });

  it('ends a recovered session at its last row or event, whichever is later', () => {
    expect(recoveredEndS(session([{ type: 'lap', atS: 42.5 }]))).toBe(42.5);
    expect(recoveredEndS(session([{ type: 'lap', atS: 12 }]))).toBe(40);
  });
});
