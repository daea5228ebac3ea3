import { describe, expect, it } from 'vitest';
import { splitsByDistance } from './splits.ts';

describe('distance splits', () => {
  it('cuts a steady 2.5 km at 4 m/s into 1 km splits of 250 s and a 500 m remainder', () => {
    const n = 626;
    const time = Float64Array.from({ length: n }, (_, i) => i);
    const distance = Float64Array.from(time, (t) => t * 4);
    const hr = Float64Array.from(time, (t) => (t <= 250 ? 140 : 160));
    const seconds = Float64Array.from(time, (t) => (t === 0 ? 0 : 1));
    const splits = splitsByDistance(time, distance, hr, seconds, 1000);
    expect(splits).toHaveLength(3);
    expect(splits[0]!.elapsedS).toBeCloseTo(250, 6);
    expect(splits[0]!.avgHr).toBeCloseTo(140, 6);
    expect(splits[1]!.avgHr).toBeCloseTo(160, 6);
    expect(splits[2]!.distanceM).toBeCloseTo(500, 6);
    expect(splits[2]!.elapsedS).toBeCloseTo(125, 6);
    const total = splits.reduce((sum, s) => sum + s.movingS, 0);
    expect(total).toBeCloseTo(625, 6);
  });
  it('interpolates a boundary that falls between samples 10 s apart', () => {
    const time = [0, 10, 20, 30];
    const distance = [0, 300, 600, 900];
    const splits = splitsByDistance(time, distance, [NaN, NaN, NaN, NaN], [0, 10, 10, 10], 500);
    expect(splits[0]!.elapsedS).toBeCloseTo(500 / 30, 6);
    expect(splits[0]!.avgHr).toBeNull();
    expect(splits[1]!.distanceM).toBeCloseTo(400, 6);
  });
});
