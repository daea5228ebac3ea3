import { ApiError } from './api-error.ts';
import { FairQueue, QueueFull } from './fair-queue.ts';
import type { Metrics } from './metrics.ts';
import { WindowLimiter } from './rate-limit.ts';

export type SignInLimits = {
  attemptsPerWindow: number;
  windowS: number;
  /** Hashes running at once (one per scrypt thread). */
  concurrency: number;
  queuePerIp: number;
  queueTotal: number;
};

/** Whether an attempt that ended this way stays counted against its address. */
export type Counts = (outcome: { ok: true } | { ok: false; error: unknown }) => boolean;

/**
 * Sign-up and sign-in, fair under a flood. Each attempt is counted against its address before
 * any hashing (so requests in flight count too), then waits its turn in a queue that takes
 * addresses in turn and holds a bounded number per address and in all; beyond those bounds it
 * is refused at once, costing no hash. Afterwards the attempt is settled: a successful sign-in
 * gives its count back, a failed one (a guess) keeps it.
 */
export class SignInGate {
  private readonly limiter: WindowLimiter;
  private readonly queue: FairQueue;

  constructor(
    limits: SignInLimits,
    private readonly metrics: Metrics,
  ) {
    this.limiter = new WindowLimiter(limits.attemptsPerWindow, limits.windowS * 1000);
    this.queue = new FairQueue(limits.concurrency, limits.queuePerIp, limits.queueTotal);
  }

  async attempt<T>(ip: string, work: () => Promise<T>, counts: Counts): Promise<T> {
    const waitS = this.limiter.reserve(ip, Date.now());
    if (waitS > 0) {
      this.metrics.signInRefused.inc({ reason: 'attempts' });
      throw new ApiError(
        429,
        'too_many_attempts',
        `Too many sign-in attempts from this address; try again in ${waitS} s.`,
        { 'retry-after': String(waitS) },
      );
    }
    let result: T;
    try {
      const running = this.queue.run(ip, work);
      this.metrics.signInQueue.set(this.queue.size);
      result = await running;
    } catch (error) {
      this.metrics.signInQueue.set(this.queue.size);
      if (error instanceof QueueFull || !counts({ ok: false, error })) this.limiter.release(ip);
      throw error instanceof QueueFull ? this.busy(error) : error;
    }
    this.metrics.signInQueue.set(this.queue.size);
    if (!counts({ ok: true })) this.limiter.release(ip);
    return result;
  }

  private busy(error: QueueFull): ApiError {
    this.metrics.signInRefused.inc({ reason: error.scope === 'key' ? 'queue_ip' : 'queue_total' });
    return error.scope === 'key'
      ? new ApiError(
          429,
          'sign_in_busy',
          'Several sign-ins from this address are already under way; try again in a moment.',
          { 'retry-after': '2' },
        )
      : new ApiError(
          503,
          'sign_in_busy',
          'The relay is busy signing people in; try again in a moment.',
          { 'retry-after': '2' },
        );
  }
}
