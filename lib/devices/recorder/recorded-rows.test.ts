import { describe, expect, it } from 'vitest';
import type { RecordedSession } from './journal-format';
import { recordedRows } from './recorded-rows';

const row = (timeS: number) => ({
  timeS,
  heartRateBpm: 140,
  speedMps: 4,
  powerW: 200,
  cadence: 24,
  distanceM: 4 * timeS,
});

describe('recordedRows', () => {
  it('gives each row its active time and flags the row after a lap press', () => {
    // Rows stop during the timer pause (5.5 to 8.5 s), as the recorder makes them.
    const session: RecordedSession = {
      meta: {
        id: 's-1',
        startedAt: '2026-11-21T07:00:00.000Z',
        sport: 'rowing',
        devices: [],
        status: 'recording',
        plannedWorkoutId: null,
        updatedAtMs: 0,
      },
      rows: [0, 1, 2, 3, 4, 5, 8, 9, 10].map(row),
      events: [
        { type: 'lap', atS: 2.4 },
        { type: 'pause', atS: 5.5 },
        { type: 'resume', atS: 8.5 },
      ],
      chunkCount: 2,
    };
    const rows = recordedRows(session);
    expect(rows.map((r) => r.activeS)).toEqual([0, 1, 2, 3, 4, 5, 8, 6, 7]);
    expect(rows.map((r) => r.lap)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
