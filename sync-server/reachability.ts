import type { Logger } from './log.ts';

/** A shared store the relay depends on: Redis (REDIS_URL) or PostgreSQL (DATABASE_URL). */
export type Dependency = 'redis' | 'database';

/** A request that needed a shared store while it was unreachable; the API answers 503. */
export class StoreUnavailable extends Error {
  constructor(
    readonly dependency: Dependency,
    cause?: unknown,
  ) {
    super(`${dependency} is unreachable`, { cause });
    this.name = 'StoreUnavailable';
  }
}

/**
 * Whether a shared store answers, pooled over every connection to it (each a `source`). The
 * change is logged once each way, not once per failed request, and listeners hear about recovery
 * so they can catch up on what they could not send meanwhile.
 */
export class Reachability {
  private readonly down = new Set<string>();
  private downSinceMs: number | null = null;
  private readonly recoveryListeners: Array<() => void> = [];

  constructor(
    readonly dependency: Dependency,
    private readonly log: Logger,
  ) {}

  get reachable(): boolean {
    return this.down.size === 0;
  }

  /** When the store became unreachable (ISO time), or null while it answers. */
  get downSince(): string | null {
    return this.downSinceMs === null ? null : new Date(this.downSinceMs).toISOString();
  }

  report(source: string, reachable: boolean, error?: unknown) {
    const wasReachable = this.reachable;
    if (reachable) this.down.delete(source);
    else this.down.add(source);
    if (wasReachable && !this.reachable) {
      this.downSinceMs = Date.now();
      this.log.error(
        { dependency: this.dependency, source, err: error },
        `${this.dependency} unreachable`,
      );
    } else if (!wasReachable && this.reachable) {
      const downMs = Date.now() - (this.downSinceMs ?? Date.now());
      this.downSinceMs = null;
      this.log.info({ dependency: this.dependency, downMs }, `${this.dependency} reachable again`);
      for (const listener of this.recoveryListeners) listener();
    }
  }

  onRecovered(listener: () => void) {
    this.recoveryListeners.push(listener);
  }

  /**
   * Runs a request against the store: refused at once while the store is known to be unreachable
   * (no waiting on timeouts), and a failure that `isUnreachable` recognises becomes
   * StoreUnavailable. With `markDownAs`, that failure also marks the store unreachable under that
   * source, which must be one something reports reachable again (a health probe).
   */
  async guard<T>(
    work: () => Promise<T>,
    isUnreachable: (error: unknown) => boolean,
    markDownAs: string | null = null,
  ): Promise<T> {
    if (!this.reachable) throw new StoreUnavailable(this.dependency);
    try {
      return await work();
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      if (markDownAs !== null) this.report(markDownAs, false, error);
      throw new StoreUnavailable(this.dependency, error);
    }
  }
}
