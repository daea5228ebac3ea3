import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import type { CliIo } from './io.ts';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    errIsTty: false,
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}

describe('splits CLI', () => {
  it('rejects an unknown command with one line and exit 2', async () => {
    const io = capture();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stdout).toBe('');
  });

  it("answers COMMAND --help with that command's flags and exit 0, for every command", async () => {
    const names = [
      'analyze',
      'pmc',
      'plan',
      'adapt',
      'readiness',
      'insights',
      'predict',
      'erg',
      'decode',
    ];
    for (const name of names) {
      const io = capture();
      expect(await main([name, '--help'], io)).toBe(0);
      expect(io.stdout.startsWith(`splits ${name}`)).toBe(true);
      expect(io.stderr).toBe('');
    }
    const io = capture();
    expect(await main(['plan', '-h'], io)).toBe(0);
    for (const flag of ['--weekly-minutes', '--long-day', '--experience', 'half-marathon', '6k']) {
      expect(io.stdout).toContain(flag);
    }
  });

  it('erg --split 1:50 --json prints split, watts and calories by the Concept2 formulas', async () => {
    const io = capture();
    expect(await main(['erg', '--split', '1:50', '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout) as {
      splitS500m: number;
      wattsW: number;
      caloriesPerHour: number;
    };
    expect(out.splitS500m).toBe(110);
    expect(out.wattsW).toBeCloseTo(2.8 / (110 / 500) ** 3, 6);
    expect(out.caloriesPerHour).toBeCloseTo(3.4416 * out.wattsW + 300, 6);
  });

  it('erg --watts 200 gives the split for that power', async () => {
    const io = capture();
    expect(await main(['erg', '--watts', '200', '--json'], io)).toBe(0);
    expect((JSON.parse(io.stdout) as { splitS500m: number }).splitS500m).toBeCloseTo(120.51, 1);
  });

  it('erg with a bad split exits non-zero with one clear line and prints nothing on stdout', async () => {
    const io = capture();
    expect(await main(['erg', '--split', 'fast'], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/--split "fast" is not a time/);
  });
});
