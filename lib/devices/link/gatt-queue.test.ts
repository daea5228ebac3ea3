import { describe, expect, it } from 'vitest';
import { GattOperationError, GattQueue } from './gatt-queue';

const noSleep = () => Promise.resolve();

describe('GattQueue', () => {
  it('never runs two operations at once, and keeps their order', async () => {
    const queue = new GattQueue({ sleep: noSleep });
    let running = 0;
    let maxRunning = 0;
    const order: number[] = [];
    const op = (n: number, ms: number) => async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, ms));
      order.push(n);
      running--;
      return n;
    };
    const results = await Promise.all([
      queue.run('a', op(1, 15)),
      queue.run('b', op(2, 1)),
      queue.run('c', op(3, 5)),
    ]);
    expect(results).toEqual([1, 2, 3]);
    expect(order).toEqual([1, 2, 3]);
    expect(maxRunning).toBe(1);
  });

  it('retries a failing operation and then succeeds', async () => {
    const queue = new GattQueue({ retries: 2, sleep: noSleep });
    let calls = 0;
    const value = await queue.run('read battery', async () => {
      calls++;
      if (calls < 3) throw new Error('GATT operation already in progress.');
      return 87;
    });
    expect(value).toBe(87);
    expect(calls).toBe(3);
  });

  it('gives up with a typed error that names the operation, and keeps serving later ones', async () => {
    const queue = new GattQueue({ retries: 1, sleep: noSleep });
    const failing = queue.run('write 0x0021', () => Promise.reject(new Error('device gone')));
    await expect(failing).rejects.toBeInstanceOf(GattOperationError);
    await expect(failing).rejects.toThrow(/write 0x0021 failed after 2 attempt\(s\): device gone/);
    await expect(queue.run('read', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });

  it('does not retry when the failure is not worth retrying', async () => {
    const queue = new GattQueue({ retries: 5, sleep: noSleep, shouldRetry: () => false });
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
