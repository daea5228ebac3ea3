import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Health } from '../health.ts';

/** What each relay says about itself every RELAY_REPORT_MS (through Redis when there is one). */
export const RelayReport = z.object({
  id: z.string(),
  version: z.string(),
  startedAt: z.string(),
  uptimeS: z.number(),
  connections: z.number(),
  documentsLoaded: z.number(),
  state: z.enum(['ok', 'degraded', 'unavailable']),
  /** The event loop's p99 delay over the last interval: how late this relay answers. */
  latencyMs: z.number(),
  reportedAt: z.string(),
});
export type RelayReport = z.infer<typeof RelayReport>;

const KEY_PREFIX = 'splits:relay:';
const VERSION = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).version;

export type PresenceDeps = {
  relayId: string;
  reportMs: number;
  /** The relay's health right now (documents, connections, state). */
  health: () => Promise<Health>;
  /** A Redis client shared by the relays, or null for a relay on its own. */
  redis: Redis | null;
};

/**
 * Each relay's own report, kept in Redis under `splits:relay:<id>` for three intervals, so a
 * relay that stops reporting leaves the Health tab on its own. Without Redis, only this relay.
 */
export class RelayPresence {
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });
  private readonly startedMs = Date.now();
  private last: RelayReport | null = null;

  constructor(private readonly deps: PresenceDeps) {
    this.loop.enable();
  }

  /** Measures this relay and publishes the report; answers it. */
  async report(nowMs: number): Promise<RelayReport> {
    const health = await this.deps.health();
    const report: RelayReport = {
      id: this.deps.relayId,
      version: VERSION,
      startedAt: new Date(this.startedMs).toISOString(),
      uptimeS: Math.round((nowMs - this.startedMs) / 1000),
      connections: health.connections,
      documentsLoaded: health.documentsLoaded,
      state: health.status,
      latencyMs: Math.round(this.loop.percentile(99) / 1e5) / 10,
      reportedAt: new Date(nowMs).toISOString(),
    };
    this.loop.reset();
    this.last = report;
    await this.deps.redis?.set(
      `${KEY_PREFIX}${report.id}`,
      JSON.stringify(report),
      'PX',
      this.deps.reportMs * 3,
    );
    return report;
  }

  /** Every relay that reported within three intervals, this one first; the rest by id. */
  async relays(nowMs: number): Promise<RelayReport[]> {
    const self = this.last ?? (await this.report(nowMs));
    const redis = this.deps.redis;
    if (!redis || redis.status !== 'ready') return [self];
    try {
      return [self, ...(await this.others(redis, self.id))];
    } catch (error) {
      // Redis went away mid-read: this relay still knows itself.
      if (!(error instanceof Error)) throw error;
      return [self];
    }
  }

  private async others(redis: Redis, selfId: string): Promise<RelayReport[]> {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${KEY_PREFIX}*`, 'COUNT', 200);
      cursor = next;
      keys.push(...found);
    } while (cursor !== '0');
    const values = keys.length > 0 ? await redis.mget(...keys) : [];
    return values
      .flatMap((v) => (v ? [RelayReport.safeParse(JSON.parse(v))] : []))
      .flatMap((r) => (r.success && r.data.id !== selfId ? [r.data] : []))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  close() {
    this.loop.disable();
  }
}
