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

  it('turns pause/resume into timer pauses and keeps the time of a link that came back', () => {
    const a = recordingToActivity(
      session([
        { type: 'gap-start', atS: 20, deviceId: 'strap', label: 'Heart-rate strap' },
        { type: 'pause', atS: 35 },
        { type: 'gap-end', atS: 30, deviceId: 'strap' },
        { type: 'resume', atS: 38 },
      ]),
      60,
    );
    // The strap's 10 s without a reading are not a pause: the rower counted on through them.
    expect(a.pauses).toEqual([{ startS: 35, endS: 38, reason: 'timer' }]);
  });

  it('marks as a gap the time the app was closed, and a link never back once distance stopped', () => {
    const base = session([
      { type: 'gap-start', atS: 10, deviceId: 'splits-app', label: 'Splits was closed' },
      { type: 'gap-end', atS: 25, deviceId: 'splits-app' },
      { type: 'gap-start', atS: 50, deviceId: 'pm5', label: 'Concept2 PM5' },
    ]);
    // The monitor's last metres arrived at 52 s; nothing moved after that.
    const rows = base.rows.map((r) => ({ ...r, distanceM: Math.min(r.distanceM, 208) }));
    const a = recordingToActivity({ ...base, rows }, 60);
    expect(a.pauses).toEqual([
      { startS: 10, endS: 25, reason: 'gap' },
      { startS: 52, endS: 60, reason: 'gap' },
    ]);
    // While the rower counts on, a strap that never came back takes no time away.
    const strap = recordingToActivity(
      session([{ type: 'gap-start', atS: 50, deviceId: 'strap', label: 'Heart-rate strap' }]),
      60,
    );
    expect(strap.pauses).toEqual([]);
  });
});
