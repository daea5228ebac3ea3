import { describe, expect, it } from 'vitest';
import { createStreamBuilder } from './stream-builder.ts';

describe('stream builder', () => {
  it('builds equal-length columns, NaN where a row has no value', () => {
    const builder = createStreamBuilder(2);
    builder.push({ timeS: 0, heartRateBpm: 120 });
    builder.push({ timeS: 1, speedMps: 3, distanceM: 3 });
    builder.push({ timeS: 2, heartRateBpm: 125, powerW: 200 });
    const s = builder.build();
    expect(Array.from(s.timeS)).toEqual([0, 1, 2]);
    expect(Array.from(s.heartRateBpm)).toEqual([120, NaN, 125]);
    expect(Array.from(s.powerW)).toEqual([NaN, NaN, 200]);
    expect(s.altitudeM).toHaveLength(3);
  });
  it('merges a row at the same time into the missing fields and keeps a row back in time for the repair', () => {
    const builder = createStreamBuilder();
    const row = {
      timeS: 5,
      heartRateBpm: 130 as number | undefined,
      speedMps: undefined as number | undefined,
    };
    builder.push(row);
    row.heartRateBpm = 999;
    row.speedMps = 2.5;
    builder.push(row);
    builder.push({ timeS: 4, heartRateBpm: 1 });
    const s = builder.build();
    expect(Array.from(s.timeS)).toEqual([5, 4]);
    expect(s.heartRateBpm[0]).toBe(130);
    expect(s.speedMps[0]).toBe(2.5);
  });
});
