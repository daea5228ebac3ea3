import { describe, expect, it } from 'vitest';
import { createStreamBuilder } from '../activity/stream-builder.ts';
import type { Activity } from '../activity/types.ts';
import { gradeAdjustedSpeed } from '../efficiency/minetti-cost.ts';
import { wattsFromSplit } from '../rowing/concept2.ts';
import { outputStreams } from './output-streams.ts';

function uphill(sport: string): Activity {
  const builder = createStreamBuilder();
  for (let t = 0; t <= 60; t++) {
    builder.push({ timeS: t, speedMps: 3, distanceM: 3 * t, altitudeM: 100 + 0.05 * 3 * t });
  }
  return {
    sport,
    subSport: null,
    startTime: '2026-01-01T00:00:00.000Z',
    source: 'recorder',
    device: null,
    laps: [],
    pauses: [],
    streams: builder.build(),
  };
}

describe('output streams', () => {
  it('grade-adjusts running speed on a 5 % climb with Minetti', () => {
    const { gapSpeedMps, powerW } = outputStreams(uphill('running'));
    expect(gapSpeedMps[30]).toBeCloseTo(gradeAdjustedSpeed(3, 0.05), 3);
    expect(powerW).toBeNull();
  });
  it('leaves cycling speed as it is', () => {
    expect(outputStreams(uphill('cycling')).gapSpeedMps[30]).toBeCloseTo(3, 6);
  });
  it('gives a row without a power field the Concept2 watts for its pace', () => {
    const { powerW } = outputStreams(uphill('rowing'));
    expect(powerW?.[30]).toBeCloseTo(wattsFromSplit(500 / 3), 6);
  });
});
