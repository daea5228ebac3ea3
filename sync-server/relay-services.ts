import { AccessGuard } from './access-guard.ts';
import { promoteOwner } from './admin/admin.ts';
import { migrateLastLogins } from './admin/last-login.ts';
import type { LogRing } from './admin/log-ring.ts';
import { MetricHistory } from './admin/metric-history.ts';
import { ServiceWatch } from './admin/service-watch.ts';
import { Standing } from './admin/standing.ts';
import { AccountUsage } from './account-usage.ts';
import { Accounts } from './accounts.ts';
import type { RelayConfig } from './config.ts';
import { DocRegistry } from './doc-registry.ts';
import { healthOf } from './health.ts';
import type { Logger } from './log.ts';
import { sweepExpiredLogins } from './login-sweep.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { Reachability, StoreUnavailable } from './reachability.ts';
import type { Records } from './records.ts';
import { Shares } from './shares.ts';
import { PasswordHasher } from './password.ts';
import { ScryptThreads } from './scrypt-threads.ts';
import { SignInGate } from './sign-in-gate.ts';
import { openStorage, type SharedStores, type Storage } from './storage.ts';

/** Everything the relay's HTTP and WebSocket sides share, opened once at start-up. */
export type RelayServices = {
  log: Logger;
  shared: SharedStores;
  metrics: Metrics;
  storage: Storage;
  registry: DocRegistry;
  accounts: Accounts;
  shares: Shares;
  access: AccessGuard;
  signIn: SignInGate;
  /** Roles and disabled accounts (admin/). */
  standing: Standing;
  /** The last hour of metrics at 10 s, for the console. */
  history: MetricHistory;
  /** The relay's last log lines, for the console's Logs tab. */
  logs: LogRing;
  /** Every relay's report and each store's state, for the Health tab. */
  watch: ServiceWatch;
  /** Stops the timers, stores every loaded document, closes the stores. */
  close(): Promise<void>;
};

export async function openServices(
  config: RelayConfig,
  log: Logger,
  logs: LogRing,
): Promise<RelayServices> {
  const shared: SharedStores = {
    redis: config.redisUrl ? new Reachability('redis', log) : null,
    database: config.databaseUrl ? new Reachability('database', log) : null,
  };
  const metrics = createMetrics(() =>
    [shared.redis, shared.database].flatMap((r) =>
      r ? [{ store: r.dependency, reachable: r.reachable }] : [],
    ),
  );
  const storage = await openStorage(config, (s) => metrics.persistSeconds.observe(s), shared);
  const replication = await openReplication(config, shared, log);
  const registry = openRegistry(config, storage, metrics, log, replication);
  const scrypt = new ScryptThreads(config.hashThreads);
  const standing = new Standing(storage.records);
  // Called only later, on logout or reuse, by which time `access` exists.
  const accounts = openAccounts(config, storage, scrypt, standing, (familyId) =>
    access.closeFamily(familyId),
  );
  await promoteOwner(config.ownerEmail, { accounts, standing }, log);
  const shares = new Shares(storage.records, {
    inviteTtlDays: config.inviteTtlDays,
    invitesPerHour: config.invitesPerHour,
    onQuota: () => metrics.quotaRefusals.inc({ quota: 'invites' }),
  });
  const access = new AccessGuard(accounts, shares, storage.signingKey, log, storage.recordWrites);
  const history = new MetricHistory(metrics.registry);
  const healthNow = async () =>
    healthOf(shared, registry.size, (await metrics.connections.get()).values[0]?.value ?? 0);
  const watch = await ServiceWatch.open(config, shared, storage.docs, healthNow, log);
  const stopTimers = startTimers(config, log, {
    access,
    records: storage.records,
    history,
    watch,
  });
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      stopTimers();
      await watch.close();
      await registry.closeAll();
      await storage.close();
      await replication?.close();
      await scrypt.close();
    })();
    return closing;
  };
  const signIn = openSignInGate(config, metrics);
  return {
    log,
    shared,
    metrics,
    storage,
    registry,
    accounts,
    shares,
    access,
    signIn,
    standing,
    history,
    logs,
    watch,
    close,
  };
}

/** Redis replication when the relay is one of several; loaded only when used, so a relay on its own never loads the Redis client. */
async function openReplication(config: RelayConfig, shared: SharedStores, log: Logger) {
  if (!config.redisUrl || !shared.redis) return null;
  const { RedisReplication } = await import('./redis-replication.ts');
  return new RedisReplication(config.redisUrl, shared.redis, config.storeTimeoutMs, log);
}

type Replication = Awaited<ReturnType<typeof openReplication>>;

/** The documents held in memory, with their size, usage and presence limits. */
function openRegistry(
  config: RelayConfig,
  storage: Storage,
  metrics: Metrics,
  log: Logger,
  replication: Replication,
) {
  return new DocRegistry(
    storage.docs,
    {
      maxDocBytes: config.maxDocBytes,
      compactAfterUpdates: config.compactAfterUpdates,
      idleMs: config.docIdleMs,
      usage: new AccountUsage(
        storage.records,
        { storageBytes: config.accountStorageBytes, documents: config.accountDocuments },
        metrics,
        log,
      ),
      awareness: {
        perConnection: config.maxAwarenessPerConnection,
        perDoc: config.maxAwarenessPerDoc,
        stateBytes: config.maxAwarenessStateBytes,
      },
    },
    metrics,
    log,
    replication,
    // With a shared database every relay loads the same stored state; Redis only carries live edits.
    config.databaseUrl ? null : replication,
  );
}

/** Accounts and their logins, hashing passwords on the scrypt threads. */
function openAccounts(
  config: RelayConfig,
  storage: Storage,
  scrypt: ScryptThreads,
  standing: Standing,
  onFamilyRevoked: (familyId: string) => void,
) {
  return new Accounts(storage.records, {
    signingKey: storage.signingKey,
    accessTokenTtlS: config.accessTokenTtlS,
    refreshTokenTtlDays: config.refreshTokenTtlDays,
    hasher: new PasswordHasher(scrypt, config.scryptLog2N),
    onFamilyRevoked,
    isDisabled: async (userId) => (await standing.disabled(userId)) !== null,
  });
}

/**
 * Starts the periodic work: re-checking open connections' access, sweeping expired logins, and
 * sampling metrics for the console. Returns what stops them.
 */
function startTimers(
  config: RelayConfig,
  log: Logger,
  {
    access,
    records,
    history,
    watch,
  }: { access: AccessGuard; records: Records; history: MetricHistory; watch: ServiceWatch },
) {
  const recheckTimer = setInterval(() => access.recheckAll(), config.accessRecheckMs);
  const sweep = () => maintainLogins(records, config.refreshTokenTtlDays, log);
  void sweep();
  const sweepTimer = setInterval(() => void sweep(), config.loginSweepIntervalS * 1000);
  const sampleHistory = () =>
    history
      .sample(Date.now())
      .catch((error: unknown) => log.warn({ err: error }, 'metrics sample failed'));
  void sampleHistory();
  const historyTimer = setInterval(() => void sampleHistory(), 10_000);
  const watchTick = () =>
    watch.tick().catch((error: unknown) => log.warn({ err: error }, 'health round failed'));
  void watchTick();
  const watchTimer = setInterval(() => void watchTick(), config.relayReportMs);
  return () => {
    clearInterval(watchTimer);
    clearInterval(recheckTimer);
    clearInterval(sweepTimer);
    clearInterval(historyTimer);
  };
}

/** The gate every sign-in and sign-up passes before its password is hashed. */
function openSignInGate(config: RelayConfig, metrics: Metrics) {
  return new SignInGate(
    {
      attemptsPerWindow: config.loginAttemptsPerWindow,
      windowS: config.loginWindowS,
      concurrency: config.hashThreads,
      queuePerIp: config.hashQueuePerIp,
      queueTotal: config.hashQueueTotal,
    },
    metrics,
  );
}

/**
 * One pass over the login records: the last sign-in migration (until it has run once; it never
 * holds up start-up, so a relay starts while Redis is away) and the sweep of expired logins. A
 * failure is logged and the next pass tries again.
 */
async function maintainLogins(records: Records, refreshTokenTtlDays: number, log: Logger) {
  await attempt(log, 'last sign-in migration failed', () =>
    migrateLastLogins(records, refreshTokenTtlDays, log),
  );
  await attempt(log, 'login sweep failed', async () => {
    const removed = await sweepExpiredLogins(records, refreshTokenTtlDays, Date.now());
    if (removed.refresh + removed.used + removed.families > 0)
      log.info(removed, 'removed expired logins');
  });
}

async function attempt(log: Logger, failure: string, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    if (error instanceof StoreUnavailable) return;
    log.error({ err: error }, failure);
  }
}
