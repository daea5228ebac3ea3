import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import { createStreamBuilder } from '../activity/stream-builder.ts';
import type { Activity } from '../activity/types.ts';
import { activityZones } from './activity-zones.ts';

function steadyRun(hr: number, speedMps: number, seconds: number): Activity {
  const builder = createStreamBuilder();
  for (let t = 0; t <= seconds; t++) builder.push({ timeS: t, heartRateBpm: hr, speedMps });
  return {
    sport: 'running',
    subSport: null,
    startTime: '2026-01-01T00:00:00.000Z',
    source: 'recorder',
    device: null,
    laps: [],
    pauses: [],
    streams: builder.build(),
  };
}

describe('time in zones for an activity', () => {
  it('puts 10 min at 150 bpm and 5:00/km in Friel Z2 (LTHR 170), reserve Z3 and pace Z3 (111 % of threshold 4:30)', () => {
    const athlete = resolveAthlete({ maxHr: 190, restHr: 50, lthr: 170, thresholdPaceSPerKm: 270 });
    const seconds = Float64Array.from({ length: 601 }, (_, i) => (i === 0 ? 0 : 1));
    const zones = activityZones(steadyRun(150, 1000 / 300, 600), athlete, seconds);
    const secondsIn = (list: { name: string; seconds: number }[] | null, name: string) =>
      list?.find((z) => z.name === name)?.seconds;
    expect(secondsIn(zones.heartRateLthr, 'Z2')).toBe(600);
    expect(secondsIn(zones.heartRateReserve, 'Z3')).toBe(600);
    expect(secondsIn(zones.pace, 'Z3')).toBe(600);
    expect(zones.rowing).toBeNull();
  });
});
