import { AccessGuard } from './access-guard.ts';
import { promoteOwner } from './admin/admin.ts';
import { MetricHistory } from './admin/metric-history.ts';
import { Standing } from './admin/standing.ts';
import { AccountUsage } from './account-usage.ts';
import { Accounts } from './accounts.ts';
import type { RelayConfig } from './config.ts';
import { DocRegistry } from './doc-registry.ts';
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
  /** Stops the timers, stores every loaded document, closes the stores. */
  close(): Promise<void>;
};

export async function openServices(config: RelayConfig, log: Logger): Promise<RelayServices> {
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
  // Loaded only when used: a relay on its own never loads the Redis client.
  const replication =
    config.redisUrl && shared.redis
      ? new (await import('./redis-replication.ts')).RedisReplication(
          config.redisUrl,
          shared.redis,
          config.storeTimeoutMs,
          log,
        )
      : null;
  const registry = new DocRegistry(
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
  const scrypt = new ScryptThreads(config.hashThreads);
  const standing = new Standing(storage.records);
  const accounts: Accounts = new Accounts(storage.records, {
    signingKey: storage.signingKey,
    accessTokenTtlS: config.accessTokenTtlS,
    refreshTokenTtlDays: config.refreshTokenTtlDays,
    hasher: new PasswordHasher(scrypt, config.scryptLog2N),
    // Called only later, on logout or reuse, by which time `access` exists.
    onFamilyRevoked: (familyId) => access.closeFamily(familyId),
    isDisabled: async (userId) => (await standing.disabled(userId)) !== null,
  });
  await promoteOwner(config.ownerEmail, { accounts, standing }, log);
  const shares = new Shares(storage.records, {
    inviteTtlDays: config.inviteTtlDays,
    invitesPerHour: config.invitesPerHour,
    onQuota: () => metrics.quotaRefusals.inc({ quota: 'invites' }),
  });
  const access = new AccessGuard(accounts, shares, storage.signingKey, log, storage.recordWrites);
  const recheckTimer = setInterval(() => access.recheckAll(), config.accessRecheckMs);
  const sweep = () => sweepLogins(storage.records, config.refreshTokenTtlDays, log);
  void sweep();
  const sweepTimer = setInterval(() => void sweep(), config.loginSweepIntervalS * 1000);
  const history = new MetricHistory(metrics.registry);
  const sampleHistory = () =>
    history
      .sample(Date.now())
      .catch((error: unknown) => log.warn({ err: error }, 'metrics sample failed'));
  void sampleHistory();
  const historyTimer = setInterval(() => void sampleHistory(), 10_000);
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      clearInterval(recheckTimer);
      clearInterval(sweepTimer);
      clearInterval(historyTimer);
      await registry.closeAll();
      await storage.close();
      await replication?.close();
      await scrypt.close();
    })();
    return closing;
  };
  const signIn = new SignInGate(
    {
      attemptsPerWindow: config.loginAttemptsPerWindow,
      windowS: config.loginWindowS,
      concurrency: config.hashThreads,
      queuePerIp: config.hashQueuePerIp,
      queueTotal: config.hashQueueTotal,
    },
    metrics,
  );
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
    close,
  };
}

/** One pass of the login sweep; a failure is logged and the next pass tries again. */
async function sweepLogins(records: Records, refreshTokenTtlDays: number, log: Logger) {
  try {
    const removed = await sweepExpiredLogins(records, refreshTokenTtlDays, Date.now());
    if (removed.refresh + removed.used + removed.families > 0)
      log.info(removed, 'removed expired logins');
  } catch (error) {
    if (error instanceof StoreUnavailable) return;
    log.error({ err: error }, 'login sweep failed');
  }
}
