import type { RelayConfig } from '../config.ts';
import type { DocStorage } from '../doc-storage.ts';
import type { Health } from '../health.ts';
import type { Logger } from '../log.ts';
import type { SharedStores } from '../storage.ts';
import { RelayPresence, type RelayReport } from './relay-presence.ts';
import { StoreProbe, type StoreRow } from './store-probe.ts';

/** A document name no document can have (names start with an athlete's UUID). */
const PROBE_DOC = '!health/probe';

export type ServiceView = { relays: RelayReport[]; stores: StoreRow[] };

/**
 * The Health tab's data: every relay's report (through Redis) and each store's state, latency
 * and since-when, refreshed every RELAY_REPORT_MS.
 */
export class ServiceWatch {
  private ticking = false;

  private constructor(
    private readonly presence: RelayPresence,
    private readonly probes: StoreProbe[],
    private readonly log: Logger,
    private readonly quit: () => Promise<void>,
  ) {}

  static async open(
    config: Pick<
      RelayConfig,
      'redisUrl' | 'databaseUrl' | 'relayId' | 'relayReportMs' | 'storeTimeoutMs'
    >,
    shared: SharedStores,
    docs: DocStorage,
    health: () => Promise<Health>,
    log: Logger,
  ): Promise<ServiceWatch> {
    const now = Date.now();
    const redis =
      config.redisUrl && shared.redis
        ? (await import('../redis-client.ts')).trackedRedis(
            config.redisUrl,
            'presence',
            shared.redis,
            {
              maxRetriesPerRequest: 1,
              commandTimeout: config.storeTimeoutMs,
            },
          )
        : null;
    const storage = new StoreProbe(
      config.databaseUrl ? 'postgresql' : 'leveldb',
      () => docs.load(PROBE_DOC),
      shared.database,
      now,
    );
    const probes = redis
      ? [new StoreProbe('redis', () => redis.client.ping(), shared.redis, now), storage]
      : [storage];
    const presence = new RelayPresence({
      relayId: config.relayId,
      reportMs: config.relayReportMs,
      health,
      redis: redis?.client ?? null,
    });
    return new ServiceWatch(presence, probes, log, async () => {
      presence.close();
      await redis?.quit();
    });
  }

  /** One round: probe the stores, then publish this relay's report (one round at a time). */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      await this.round();
    } finally {
      this.ticking = false;
    }
  }

  private async round(): Promise<void> {
    await Promise.all(this.probes.map((p) => p.probe(Date.now)));
    try {
      await this.presence.report(Date.now());
    } catch (error) {
      // Redis away: the probe row says so; the report goes out again next round.
      if (!(error instanceof Error)) throw error;
      this.log.debug({ err: error }, 'relay report not published');
    }
  }

  async view(): Promise<ServiceView> {
    return {
      relays: await this.presence.relays(Date.now()),
      stores: this.probes.map((p) => p.read()),
    };
  }

  close(): Promise<void> {
    return this.quit();
  }
}
