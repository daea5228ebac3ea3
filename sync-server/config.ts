import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

const MIB = 1024 * 1024;

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .default(fallback);
const int = (min: number, fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

// Every setting, its default and its floor; docs/OPERATIONS.md explains each one.
const EnvSchema = z.object({
  PORT: int(0, 8787, 65535),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  APP_DIR: z.string().min(1).default('./out'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The console's Logs tab: the last lines kept in memory, and an optional file sink.
  LOG_RING_LINES: int(100, 5_000, 200_000),
  LOG_FILE: z.string().min(1).optional(),
  // When unset, a secret is generated once and kept in DATA_DIR so tokens survive restarts.
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  // Open sockets close (4401) when their token expires; a floor of 2 s lets tests see that.
  ACCESS_TOKEN_TTL_S: int(2, 900, 86_400),
  REFRESH_TOKEN_TTL_DAYS: int(1, 60, 365),
  // scrypt cost: N = 2^SCRYPT_LOG2_N with r=8, p=1. 17 is OWASP's recommendation; 14 is the
  // floor we accept (tests and benchmarks register many accounts).
  SCRYPT_LOG2_N: int(14, 17, 20),
  // Threads that hash passwords, apart from libuv's pool (storage, files) and the event loop.
  HASH_THREADS: int(1, 1, 16),
  // Sign-ins waiting for a hash: per address, and in all.
  HASH_QUEUE_PER_IP: int(1, 4),
  HASH_QUEUE_TOTAL: int(1, 64),
  MAX_MESSAGE_BYTES: int(1024, 8 * MIB),
  MAX_DOC_BYTES: int(1024, 64 * MIB),
  MAX_BUFFERED_BYTES: int(1024, 4 * MIB),
  // A peer over MAX_BUFFERED_BYTES that reads nothing for this long is dropped (1013).
  SLOW_READER_MS: int(100, 30_000),
  // Bytes of full-state replies (sync step 2, awareness) per connection per second, and the
  // most such replies may hold unsent in all.
  STATE_REPLY_BYTES_PER_S: int(1024, 2 * MIB),
  STATE_REPLY_BUDGET_BYTES: int(1024, 256 * MIB),
  UPDATES_PER_SECOND: z.coerce.number().positive().default(50),
  UPDATE_BURST: int(1, 500),
  MAX_CONNECTIONS: int(1, 20_000),
  MAX_CONNECTIONS_PER_IP: int(1, 256),
  MAX_CONNECTIONS_PER_ACCOUNT: int(1, 64),
  // A socket that has not finished its request (or WebSocket admission) by then is closed.
  PREAUTH_TIMEOUT_MS: int(100, 5_000, 60_000),
  MAX_AWARENESS_PER_CONNECTION: int(1, 4),
  MAX_AWARENESS_PER_DOC: int(1, 256),
  MAX_AWARENESS_STATE_BYTES: int(64, 4096),
  LOGIN_ATTEMPTS_PER_WINDOW: int(1, 30),
  LOGIN_WINDOW_S: int(1, 900),
  ACCOUNT_STORAGE_BYTES: int(1024, 1024 * MIB),
  ACCOUNT_DOCUMENTS: int(1, 20_000),
  INVITES_PER_HOUR: int(1, 20),
  INVITE_TTL_DAYS: int(1, 7, 365),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).max(320).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Origins of pages served elsewhere that may open sync sockets (comma-separated); pages served
  // by this relay, or from PUBLIC_URL, always may.
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((o) => new URL(o).origin))),
  COMPACT_AFTER_UPDATES: int(1, 500),
  DOC_IDLE_MS: int(0, 30_000),
  ACCESS_RECHECK_MS: int(100, 5_000),
  // A peer that does not answer a ping within one interval is dropped.
  PING_INTERVAL_MS: int(100, 30_000),
  SYNC_WRITES: flag(true),
  // `/metrics` and the detailed `/healthz`: with this bearer token, and/or on ADMIN_PORT.
  ADMIN_TOKEN: z.string().min(32, 'ADMIN_TOKEN must be at least 32 characters').optional(),
  ADMIN_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  ADMIN_HOST: z.string().min(1).default('127.0.0.1'),
  // The account with this email is made owner at start-up (docs/OPERATIONS.md, The console).
  OWNER_EMAIL: z.email().optional(),
  // How long a console session lasts before the password is asked again.
  ADMIN_SESSION_TTL_S: int(60, 900, 43_200),
  SERVE_SOURCE_MAPS: flag(false),
  // Several relays share accounts, shares and live documents through this Redis.
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  // Documents, accounts and shares in PostgreSQL instead of DATA_DIR, shared by every relay.
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  // A Redis command or PostgreSQL query that has not answered by then fails (503 / 1011).
  STORE_TIMEOUT_MS: int(100, 10_000, 600_000),
  // How often the relay checks that PostgreSQL answers (for /healthz and to notice recovery).
  HEALTH_PROBE_MS: int(50, 5_000, 600_000),
  // How often expired refresh tokens and ended logins are removed.
  LOGIN_SWEEP_INTERVAL_S: int(1, 3_600, 604_800),
  // The console's Data checks: a stored document larger than this is listed.
  DATA_CHECK_DOC_BYTES: int(1024, 8 * MIB),
  // With Redis, each relay reports itself under this id every RELAY_REPORT_MS (Health tab).
  RELAY_ID: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,64}$/)
    .optional(),
  RELAY_REPORT_MS: int(100, 5_000, 600_000),
});

function toConfig(e: z.infer<typeof EnvSchema>) {
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    appDir: resolve(e.APP_DIR),
    logLevel: e.LOG_LEVEL,
    logRingLines: e.LOG_RING_LINES,
    logFile: e.LOG_FILE ? resolve(e.LOG_FILE) : null,
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlS: e.ACCESS_TOKEN_TTL_S,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    scryptLog2N: e.SCRYPT_LOG2_N,
    hashThreads: e.HASH_THREADS,
    hashQueuePerIp: e.HASH_QUEUE_PER_IP,
    hashQueueTotal: e.HASH_QUEUE_TOTAL,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxDocBytes: e.MAX_DOC_BYTES,
    maxBufferedBytes: e.MAX_BUFFERED_BYTES,
    slowReaderMs: e.SLOW_READER_MS,
    stateReplyBytesPerS: e.STATE_REPLY_BYTES_PER_S,
    stateReplyBudgetBytes: e.STATE_REPLY_BUDGET_BYTES,
    updatesPerSecond: e.UPDATES_PER_SECOND,
    updateBurst: e.UPDATE_BURST,
    maxConnections: e.MAX_CONNECTIONS,
    maxConnectionsPerIp: e.MAX_CONNECTIONS_PER_IP,
    maxConnectionsPerAccount: e.MAX_CONNECTIONS_PER_ACCOUNT,
    preauthTimeoutMs: e.PREAUTH_TIMEOUT_MS,
    maxAwarenessPerConnection: e.MAX_AWARENESS_PER_CONNECTION,
    maxAwarenessPerDoc: e.MAX_AWARENESS_PER_DOC,
    maxAwarenessStateBytes: e.MAX_AWARENESS_STATE_BYTES,
    loginAttemptsPerWindow: e.LOGIN_ATTEMPTS_PER_WINDOW,
    loginWindowS: e.LOGIN_WINDOW_S,
    accountStorageBytes: e.ACCOUNT_STORAGE_BYTES,
    accountDocuments: e.ACCOUNT_DOCUMENTS,
    invitesPerHour: e.INVITES_PER_HOUR,
    inviteTtlDays: e.INVITE_TTL_DAYS,
    /** Invite mails over SMTP; null: no mail, the link to copy is the whole flow. */
    mail:
      e.SMTP_URL && e.MAIL_FROM && e.PUBLIC_URL
        ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, publicUrl: e.PUBLIC_URL }
        : null,
    allowedOrigins: [...e.ALLOWED_ORIGINS, ...(e.PUBLIC_URL ? [new URL(e.PUBLIC_URL).origin] : [])],
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    docIdleMs: e.DOC_IDLE_MS,
    accessRecheckMs: e.ACCESS_RECHECK_MS,
    pingIntervalMs: e.PING_INTERVAL_MS,
    /** fsync every write batch (power-loss safe); off still survives a process crash. */
    syncWrites: e.SYNC_WRITES,
    adminToken: e.ADMIN_TOKEN,
    /** A second listener for `/metrics` and the detailed `/healthz`; null: none. */
    adminPort: e.ADMIN_PORT ?? null,
    adminHost: e.ADMIN_HOST,
    ownerEmail: e.OWNER_EMAIL?.toLowerCase(),
    adminSessionTtlS: e.ADMIN_SESSION_TTL_S,
    serveSourceMaps: e.SERVE_SOURCE_MAPS,
    redisUrl: e.REDIS_URL,
    databaseUrl: e.DATABASE_URL,
    storeTimeoutMs: e.STORE_TIMEOUT_MS,
    healthProbeMs: e.HEALTH_PROBE_MS,
    loginSweepIntervalS: e.LOGIN_SWEEP_INTERVAL_S,
    dataCheckDocBytes: e.DATA_CHECK_DOC_BYTES,
    /** This relay's name in the Health tab; by default its host name and process id. */
    relayId: e.RELAY_ID ?? `${hostname()}:${process.pid}`,
    relayReportMs: e.RELAY_REPORT_MS,
  };
}

export type RelayConfig = ReturnType<typeof toConfig>;

/** Reads and validates the relay's environment once, at start-up. */
export function loadConfig(env: Record<string, string | undefined> = process.env): RelayConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid relay configuration: ${problems}`);
  }
  const e = parsed.data;
  if ((e.REDIS_URL || e.DATABASE_URL) && !e.JWT_SECRET) {
    throw new Error(
      'Invalid relay configuration: JWT_SECRET: required with REDIS_URL or DATABASE_URL, so every relay accepts the same tokens',
    );
  }
  if (e.SMTP_URL && !(e.MAIL_FROM && e.PUBLIC_URL)) {
    throw new Error(
      'Invalid relay configuration: SMTP_URL needs MAIL_FROM and PUBLIC_URL (the sender and the app address for invite links)',
    );
  }
  return toConfig(e);
}
