import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { captureIo } from '../test-support/capture-io.ts';

describe('splits predict', () => {
  it('run: VDOT and Riegel/VDOT times for 5 k to marathon (SCIENCE.md T20–T22)', async () => {
    const io = captureIo();
    expect(
      await main(
        ['predict', '--sport', 'run', '--distance', '5000', '--time', '20:00', '--json'],
        io,
      ),
    ).toBe(0);
    const out = JSON.parse(io.stdout) as {
      vdot: number;
      predictions: { distanceM: number; riegelS: number; vdotS: number }[];
    };
    expect(out.vdot).toBeCloseTo(49.81, 1);
    expect(out.predictions.map((p) => p.distanceM)).toEqual([5000, 10000, 21097.5, 42195]);
    const tenK = out.predictions[1]!;
    expect(Math.abs(tenK.riegelS - 2501.9)).toBeLessThan(1);
    expect(Math.abs(tenK.vdotS - 2487.9)).toBeLessThan(1);
  });

  it("row: Paul's-law predictions from 500 m to 10 k", async () => {
    const io = captureIo();
    expect(
      await main(
        ['predict', '--sport', 'row', '--distance', '2000', '--time', '7:30', '--json'],
        io,
      ),
    ).toBe(0);
    const out = JSON.parse(io.stdout) as {
      predictions: { distanceM: number; timeS: number; splitS500m: number }[];
    };
    expect(out.predictions.map((p) => p.distanceM)).toEqual([500, 1000, 2000, 5000, 6000, 10000]);
    const fourFold = out.predictions.find((p) => p.distanceM === 500)!;
    expect(fourFold.splitS500m).toBeCloseTo(112.5 - 10, 6);
  });

  it('a missing time is one line on stderr and exit 2', async () => {
    const io = captureIo();
    expect(await main(['predict', '--sport', 'run', '--distance', '5000'], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/--time/);
  });
});
