import { describe, expect, it } from 'vitest';
import { createStreamBuilder } from '../activity/stream-builder.ts';
import type { Activity } from '../activity/types.ts';
import { lapSummaries } from './lap-summaries.ts';

function activity(laps: Activity['laps']): Activity {
  const builder = createStreamBuilder();
  for (let t = 0; t <= 20; t++)
    builder.push({ timeS: t, distanceM: t * 3, heartRateBpm: t <= 10 ? 120 : 140 });
  return {
    sport: 'running',
    subSport: null,
    startTime: '2026-01-01T00:00:00.000Z',
    source: 'recorder',
    device: null,
    laps,
    pauses: [],
    streams: builder.build(),
  };
}

describe('lap summaries', () => {
  const seconds = Float64Array.from({ length: 21 }, (_, i) => (i === 0 ? 0 : 1));

  it('takes elapsed time and distance from the file, heart rate and moving time from samples', () => {
    const a = activity([
      {
        startTime: '2026-01-01T00:00:00.000Z',
        startOffsetS: 0,
        elapsedS: 10,
        movingS: null,
        distanceM: 31,
      },
      {
        startTime: '2026-01-01T00:00:10.000Z',
        startOffsetS: 10,
        elapsedS: 10,
        movingS: null,
        distanceM: null,
      },
    ]);
    const laps = lapSummaries(a, seconds, seconds);
    expect(laps[0]).toEqual({
      startTime: '2026-01-01T00:00:00.000Z',
      elapsedS: 10,
      movingS: 10,
      distanceM: 31,
      avgHr: 120,
    });
    expect(laps[1]!.distanceM).toBe(30);
    expect(laps[1]!.avgHr).toBe(140);
  });

  it('gives a file without laps one lap for the whole activity', () => {
    const laps = lapSummaries(activity([]), seconds, seconds);
    expect(laps).toHaveLength(1);
    expect(laps[0]).toMatchObject({ elapsedS: 20, movingS: 20, distanceM: 60 });
  });
});
