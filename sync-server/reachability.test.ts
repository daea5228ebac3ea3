import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { Reachability, StoreUnavailable } from './reachability.ts';

function recordingLogger() {
  const lines: Array<{ msg: string }> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as { msg: string });
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), messages: () => lines.map((l) => l.msg) };
}

const flushed = () => new Promise((resolve) => setImmediate(resolve));

describe('reachability of a shared store', () => {
  it('is down while any connection is, and says so once each way', async () => {
    const { log, messages } = recordingLogger();
    const redis = new Reachability('redis', log);
    let recoveries = 0;
    redis.onRecovered(() => (recoveries += 1));

    redis.report('publish', false, new Error('connect ECONNREFUSED'));
    redis.report('subscribe', false);
    redis.report('publish', false, new Error('connect ECONNREFUSED'));
    expect(redis.reachable).toBe(false);
    expect(redis.downSince).toEqual(expect.any(String));
    redis.report('publish', true);
    expect(redis.reachable).toBe(false);
    expect(recoveries).toBe(0);
    redis.report('subscribe', true);
    expect([redis.reachable, redis.downSince, recoveries]).toEqual([true, null, 1]);

    await flushed();
    expect(messages()).toEqual(['redis unreachable', 'redis reachable again']);
  });

  it('refuses requests at once while down and turns connection failures into StoreUnavailable', async () => {
    const { log } = recordingLogger();
    const database = new Reachability('database', log);
    const lost = new Error('Connection terminated unexpectedly');
    const isLost = (error: unknown) => error === lost;
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(lost);
    };

    await expect(database.guard(failing, isLost, 'probe')).rejects.toBeInstanceOf(StoreUnavailable);
    expect(database.reachable).toBe(false);
    await expect(database.guard(failing, isLost, 'probe')).rejects.toBeInstanceOf(StoreUnavailable);
    expect(calls).toBe(1); // the second request never reached the store

    database.report('probe', true);
    const other = new Error('duplicate key');
    await expect(database.guard(() => Promise.reject(other), isLost, 'probe')).rejects.toBe(other);
    expect(database.reachable).toBe(true);
    await expect(database.guard(() => Promise.resolve(42), isLost, 'probe')).resolves.toBe(42);
  });
});
