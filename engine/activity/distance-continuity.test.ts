import { describe, expect, it } from 'vitest';
import { joinDistance } from './distance-continuity.ts';

const seconds = (n: number) => Float64Array.from({ length: n }, (_, i) => i * 10);

describe('joining a distance column', () => {
  it('joins a counter that restarts every lap (CrewNerd) into one that only grows', () => {
    const raw = Float64Array.from([0, 30, 60, 0, 30, 60, 0, 30]);
    const { distanceM, restarts } = joinDistance(seconds(8), raw, 8, 0);
    expect(Array.from(distanceM)).toEqual([0, 30, 60, 60, 90, 120, 120, 150]);
    expect(restarts).toBe(2);
  });
  it('holds a small fall (jitter) flat instead of calling it a restart', () => {
    const raw = Float64Array.from([0, 30, 29.5, 60]);
    const result = joinDistance(seconds(4), raw, 8, 0);
    expect(Array.from(result.distanceM)).toEqual([0, 30, 30, 60]);
    expect(result.restarts).toBe(0);
  });
  it('leaves out a step faster than the sport allows and counts it', () => {
    const raw = Float64Array.from({ length: 300 }, (_, i) => i * 30 + (i >= 150 ? 5000 : 0));
    const result = joinDistance(seconds(300), raw, 12.5, 0);
    expect(result.distanceM[149]).toBe(4470);
    expect(result.distanceM[150]).toBe(4470);
    expect(result.distanceM[299]).toBe(8940);
    expect(result).toMatchObject({ jumps: 1, jumpM: 5030, discarded: false });
  });
  it('discards a column written in the wrong scale (most metres implausible)', () => {
    const raw = Float64Array.from({ length: 10 }, (_, i) => i * 3300);
    const result = joinDistance(seconds(10), raw, 8, 0);
    expect(result.discarded).toBe(true);
    expect(Number.isNaN(result.distanceM[5]!)).toBe(true);
  });
  it('starts a leg whose counter carries on from the leg before at zero', () => {
    const raw = Float64Array.from([1500, 1530, 1560]);
    const result = joinDistance(Float64Array.from([100, 110, 120]), raw, 12.5, 100);
    expect(Array.from(result.distanceM)).toEqual([0, 30, 60]);
  });
});
