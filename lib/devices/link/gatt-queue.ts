/**
 * Web Bluetooth runs one GATT operation per device at a time: a second read, write or
 * startNotifications while one is pending fails with "GATT operation already in progress"
 * (WebBluetoothCG/web-bluetooth issue #188). Every operation on a device goes through one queue,
 * and an operation that fails is retried a few times before its error reaches the caller.
 */
import type { Clock } from '../clock/clock';
import { RealClock } from '../clock/real-clock';

export class GattOperationError extends Error {
  readonly type = 'GattOperationFailed';
  constructor(
    readonly operation: string,
    readonly attempts: number,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Bluetooth ${operation} failed after ${attempts} attempt(s): ${reason}`, { cause });
    this.name = 'GattOperationError';
  }
}

export type GattQueueOptions = {
  /** Extra attempts after the first failure. */
  retries: number;
  /** Pause before a retry, so a busy stack can settle. */
  retryDelayMs: number;
  /** Whether a failure is worth retrying (e.g. not once the device has gone away). */
  shouldRetry: (error: unknown) => boolean;
  /** What the pause before a retry waits on. */
  clock: Pick<Clock, 'sleep'>;
};

const defaults: GattQueueOptions = {
  retries: 2,
  retryDelayMs: 100,
  shouldRetry: () => true,
  clock: new RealClock(),
};

export class GattQueue {
  private tail: Promise<void> = Promise.resolve();
  private readonly options: GattQueueOptions;

  constructor(options: Partial<GattQueueOptions> = {}) {
    this.options = { ...defaults, ...options };
  }

  /** Runs `op` after every operation queued before it has settled; never two at once. */
  run<T>(operation: string, op: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => this.attempt(operation, op));
    // The next operation waits for this one to settle, whether it succeeded or not.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private async attempt<T>(operation: string, op: () => Promise<T>): Promise<T> {
    const { retries, retryDelayMs, shouldRetry, clock } = this.options;
    for (let attempt = 1; ; attempt++) {
      try {
        return await op();
      } catch (error) {
        if (attempt > retries || !shouldRetry(error)) {
          throw new GattOperationError(operation, attempt, error);
        }
        await clock.sleep(retryDelayMs);
      }
    }
  }
}
