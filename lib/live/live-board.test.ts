import { describe, expect, it } from 'vitest';
import type { LiveNumbers } from '@/lib/devices/recorder/live-numbers';
import { heartRateZonesFromReserve } from '@/engine/zones/heart-rate-zones';
import { boardOrder, foldChannel, latestLiveState, STALE_AFTER_MS, tileStatus } from './live-board';
import { liveStateFrom, zoneOf } from './live-from-recording';
import { liveStateSchema, type LiveState } from './live-state';

const numbers: LiveNumbers = {
  state: 'recording',
  activeS: 125.4,
  distanceM: 512.3,
  heartRateBpm: 152,
  speedMps: 4,
  powerW: 180,
  cadence: 24,
  strokeCount: 50,
  lapNumber: 1,
  lapActiveS: 125.4,
  lapDistanceM: 512.3,
  linksDown: [],
  chunksWritten: 3,
  journalError: null,
};
const zones = heartRateZonesFromReserve(50, 190);

function state(overrides: Partial<LiveState> = {}): LiveState {
  return {
    ...liveStateFrom({
      name: 'Ada',
      sport: 'rowing',
      numbers,
      guidance: null,
      zones,
      activityId: null,
      finished: false,
      nowMs: 1_000,
      seq: 1,
    }),
    ...overrides,
  };
}

describe('the live state an athlete publishes', () => {
  it('carries the numbers, the heart-rate zone and stays within the relay limit', () => {
    const s = state();
    expect(liveStateSchema.parse(s)).toEqual(s);
    expect(s).toMatchObject({ phase: 'recording', speedMps: 4, powerW: 180, cadence: 24 });
    // 152 bpm with rest 50 and max 190: reserve 140, 152 = 50 + 0.73 × 140 → zone 3 (70–80 %).
    expect([s.hrZone, s.hrZoneName]).toEqual([3, 'Z3']);
    expect(JSON.stringify({ live: s }).length).toBeLessThan(4096);
  });

  it('says nothing it does not know: no zone without zones, no reading from a missing value', () => {
    const s = liveStateFrom({
      name: 'Ada',
      sport: 'running',
      numbers: { ...numbers, heartRateBpm: Number.NaN, powerW: Number.NaN },
      guidance: null,
      zones: [],
      activityId: null,
      finished: false,
      nowMs: 0,
      seq: 0,
    });
    expect([s.heartRateBpm, s.powerW, s.hrZone]).toEqual([null, null, null]);
    expect(zoneOf(40, zones)).toBeNull();
    expect(zoneOf(200, zones)).toEqual({ index: 5, name: 'Z5' });
  });
});

describe("the coach's board", () => {
  it('is live while states arrive, link lost when they stop or the device leaves, finished at the end', () => {
    const arrived = foldChannel(undefined, 'a1', state(), 10_000)!;
    expect(tileStatus(arrived, 10_500)).toBe('live');
    expect(tileStatus(arrived, 10_000 + STALE_AFTER_MS + 1)).toBe('link-lost');
    const left = foldChannel(arrived, 'a1', null, 11_000)!;
    expect(left.present).toBe(false);
    expect(left.state).toEqual(arrived.state);
    expect(tileStatus(left, 11_000)).toBe('link-lost');
    const sensor = foldChannel(left, 'a1', state({ seq: 2, linksDown: ['PM5'] }), 12_000)!;
    expect(tileStatus(sensor, 12_000)).toBe('link-lost');
    const done = foldChannel(
      sensor,
      'a1',
      state({ seq: 3, phase: 'finished', activityId: 'x' }),
      13_000,
    )!;
    expect(tileStatus(foldChannel(done, 'a1', null, 20_000)!, 60_000)).toBe('finished');
  });

  it("reads the newest of an athlete's devices and ignores anything unreadable", () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { live: state({ sentAtMs: 5, seq: 9 }) }],
      [2, { live: state({ sentAtMs: 7, seq: 2, name: 'Ada (tablet)' }) }],
      [3, { live: { v: 2 } }],
      [4, {}],
    ]);
    expect(latestLiveState(states)?.name).toBe('Ada (tablet)');
    expect(latestLiveState(new Map([[3, { live: 'x' }]]))).toBeNull();
  });

  it('puts lost links first, then names in order', () => {
    const a = foldChannel(undefined, 'a', state({ name: 'Bo' }), 0)!;
    const b = foldChannel(undefined, 'b', state({ name: 'Al' }), 0)!;
    const c = { ...foldChannel(undefined, 'c', state({ name: 'Cy' }), 0)!, present: false };
    expect(boardOrder([a, b, c], 1).map((e) => e.state.name)).toEqual(['Cy', 'Al', 'Bo']);
  });
});
