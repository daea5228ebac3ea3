import { describe, expect, it } from 'vitest';
import type { LiveNumbers } from '@/lib/devices/recorder/live-numbers';
import { liveTiles } from './live-tiles';

const live: LiveNumbers = {
  state: 'recording',
  activeS: 3729.8,
  distanceM: 12345.9,
  heartRateBpm: 152.4,
  speedMps: 4,
  powerW: 201.6,
  cadence: 23.6,
  strokeCount: 812,
  lapNumber: 2,
  lapActiveS: 61.9,
  lapDistanceM: 250.7,
  linksDown: [],
  chunksWritten: 3,
  journalError: null,
};

const shown = (tiles: ReturnType<typeof liveTiles>) =>
  tiles.map((t) => [t.key, t.value, t.unit, t.detail, t.main]);

describe('the live tiles', () => {
  it('puts the split first and counts a row in metres even with imperial units', () => {
    expect(shown(liveTiles(live, 'rowing', 'imperial'))).toEqual([
      ['split', '2:05', '/500 m', null, true],
      ['time', '1:02:09', '', 'Lap 2: 1:01', false],
      ['distance', '12345', 'm', 'Lap: 250 m', false],
      ['power', '202', 'W', null, false],
      ['stroke-rate', '24', 'spm', '812 strokes', false],
      ['heart-rate', '152', 'bpm', null, false],
    ]);
  });

  it('puts the pace first for a run, in the athlete’s units, with the distance counted down', () => {
    const run = { ...live, speedMps: 1000 / 300, distanceM: 2999, lapDistanceM: 999 };
    expect(shown(liveTiles(run, 'running', 'metric'))).toEqual([
      ['pace', '5:00', '/km', null, true],
      ['time', '1:02:09', '', 'Lap 2: 1:01', false],
      ['distance', '2.99', 'km', 'Lap: 0.99 km', false],
      ['cadence', '24', 'spm', null, false],
      ['heart-rate', '152', 'bpm', null, false],
    ]);
    expect(liveTiles(run, 'running', 'imperial')[0]).toMatchObject({ value: '8:03', unit: '/mi' });
  });

  it('shows a dash for a channel with no reading', () => {
    const strapGone = { ...live, heartRateBpm: NaN, speedMps: 0 };
    const tiles = liveTiles(strapGone, 'rowing', 'metric');
    expect(tiles.find((t) => t.key === 'heart-rate')?.value).toBe('—');
    expect(tiles.find((t) => t.key === 'split')?.value).toBe('—');
  });
});
