import { describe, expect, it } from 'vitest';
import { FairQueue, QueueFull } from './fair-queue.ts';

/** A task that runs until released, recording when it started. */
function gate(log: string[], name: string) {
  let release = () => {};
  const done = new Promise<void>((resolve) => (release = resolve));
  return { task: () => (log.push(name), done), release: () => release() };
}

describe('fair queue', () => {
  it('gives a key with one task the next turn, ahead of a key that queued many', async () => {
    const queue = new FairQueue(1, 10, 100);
    const started: string[] = [];
    const flood = Array.from({ length: 5 }, (_, i) => gate(started, `flood${i}`));
    const floodRuns = flood.map((g) => queue.run('flooder', g.task));
    const other = gate(started, 'other');
    const otherRun = queue.run('someone else', other.task);
    expect(started).toEqual(['flood0']);
    flood[0]?.release();
    await floodRuns[0];
    expect(started).toEqual(['flood0', 'other']);
    other.release();
    await otherRun;
    for (const g of flood.slice(1)) g.release();
    await Promise.all(floodRuns);
    expect(started).toHaveLength(6);
  });

  it('refuses beyond the per-key and total bounds, and frees them as tasks end', async () => {
    const queue = new FairQueue(1, 2, 3);
    const log: string[] = [];
    const gates = ['a1', 'a2', 'b1'].map((n) => gate(log, n));
    const runs = [queue.run('a', gates[0]!.task), queue.run('a', gates[1]!.task)];
    await expect(queue.run('a', async () => {})).rejects.toEqual(new QueueFull('key'));
    runs.push(queue.run('b', gates[2]!.task));
    await expect(queue.run('c', async () => {})).rejects.toEqual(new QueueFull('total'));
    for (const g of gates) g.release();
    await Promise.all(runs);
    expect(queue.size).toBe(0);
    await expect(queue.run('c', async () => 'ran')).resolves.toBe('ran');
  });
});
