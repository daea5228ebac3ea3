import { describe, expect, it } from 'vitest';
import { ChunkBuffer } from './chunk-buffer';

const row = (timeS: number) => ({
  timeS,
  heartRateBpm: 120,
  speedMps: 4,
  powerW: 200,
  cadence: 22,
  distanceM: timeS * 4,
});

describe('ChunkBuffer', () => {
  it('is due after five rows', () => {
    const b = new ChunkBuffer(5, 5000);
    for (let s = 0; s < 4; s++) b.addRow(row(s), 0);
    expect(b.isDue(100)).toBe(false);
    b.addRow(row(4), 0);
    expect(b.isDue(100)).toBe(true);
  });

  it('is due after five wall-clock seconds even with fewer rows', () => {
    const b = new ChunkBuffer(5, 5000);
    b.addEvent({ type: 'lap', atS: 3 }, 1000);
    expect(b.isDue(5999)).toBe(false);
    expect(b.isDue(6000)).toBe(true);
  });

  it('numbers chunks in order and empties itself', () => {
    const b = new ChunkBuffer(5, 5000, 7);
    expect(b.take()).toBeNull();
    b.addRow(row(0), 0);
    b.addEvent({ type: 'pause', atS: 0.5 }, 0);
    expect(b.take()).toEqual({ seq: 7, rows: [row(0)], events: [{ type: 'pause', atS: 0.5 }] });
    expect(b.isDue(1e9)).toBe(false);
    b.addRow(row(1), 10);
    expect(b.take()?.seq).toBe(8);
  });
});
