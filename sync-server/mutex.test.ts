import { describe, expect, it } from 'vitest';
import { Mutex } from './mutex.ts';

describe('mutex', () => {
  it('runs sections one at a time, in order, even after one fails', async () => {
    const mutex = new Mutex();
    const log: string[] = [];
    const section =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setImmediate(resolve));
        log.push(`${name} end`);
        if (fail) throw new Error(`${name} failed`);
        return name;
      };
    const results = await Promise.allSettled([
      mutex.run(section('a')),
      mutex.run(section('b', true)),
      mutex.run(section('c')),
    ]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
