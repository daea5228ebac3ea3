import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock/manual-clock';
import { GattOperationError, GattQueue } from './gatt-queue';

describe('GattQueue', () => {
  it('never runs two operations at once, and keeps their order', async () => {
    const clock = new ManualClock();
    const queue = new GattQueue({ clock });
    let running = 0;
    let maxRunning = 0;
    const order: string[] = [];
    // Each operation takes its own time on the clock, the first the longest.
    const op = (n: number, ms: number) => async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      order.push(`${n} from ${clock.nowS()}`);
      await clock.sleep(ms);
      running--;
      return n;
    };
    const results = Promise.all([
      queue.run('a', op(1, 150)),
      queue.run('b', op(2, 10)),
      queue.run('c', op(3, 50)),
    ]);
    await clock.advanceS(1);
    expect(await results).toEqual([1, 2, 3]);
    expect(order).toEqual(['1 from 0', '2 from 0.15', '3 from 0.16']);
    expect(maxRunning).toBe(1);
  });

  it('retries a failing operation after its delay on the clock, and then succeeds', async () => {
    const clock = new ManualClock();
    const queue = new GattQueue({ retries: 2, retryDelayMs: 100, clock });
    const attemptsAtS: number[] = [];
    const value = queue.run('read battery', async () => {
      attemptsAtS.push(clock.nowS());
      if (attemptsAtS.length < 3) throw new Error('GATT operation already in progress.');
      return 87;
    });
    await clock.advanceS(1);
    await expect(value).resolves.toBe(87);
    expect(attemptsAtS).toEqual([0, 0.1, 0.2]);
  });

  it('gives up with a typed error that names the operation, and keeps serving later ones', async () => {
    const clock = new ManualClock();
    const queue = new GattQueue({ retries: 1, clock });
    const failing = queue.run('write 0x0021', () => Promise.reject(new Error('device gone')));
    const later = queue.run('read', () => Promise.resolve('ok'));
    await clock.advanceS(1);
    await expect(failing).rejects.toBeInstanceOf(GattOperationError);
    await expect(failing).rejects.toThrow(/write 0x0021 failed after 2 attempt\(s\): device gone/);
    await expect(later).resolves.toBe('ok');
  });

  it('does not retry when the failure is not worth retrying', async () => {
    const queue = new GattQueue({ retries: 5, clock: new ManualClock(), shouldRetry: () => false });
    let calls = 0;
    await expect(
      queue.run('notify', () => {
        calls++;
        return Promise.reject(new Error('disconnected'));
      }),
    ).rejects.toThrow(/after 1 attempt/);
    expect(calls).toBe(1);
  });
});
