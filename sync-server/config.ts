import { resolve } from 'node:path';
import { z } from 'zod';

const MIB = 1024 * 1024;

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .default(true);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  APP_DIR: z.string().min(1).default('./out'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // When unset, a secret is generated once and kept in DATA_DIR so tokens survive restarts.
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  // Open sockets close (4401) when their token expires; a floor of 2 s lets tests see that.
  ACCESS_TOKEN_TTL_S: z.coerce.number().int().min(2).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(60),
  // scrypt cost: N = 2^SCRYPT_LOG2_N with r=8, p=1. 17 is OWASP's recommendation; 14 is the
  // floor we accept (tests and benchmarks register many accounts).
  SCRYPT_LOG2_N: z.coerce.number().int().min(14).max(20).default(17),
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(8 * MIB),
  MAX_DOC_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * MIB),
  MAX_BUFFERED_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(16 * MIB),
  UPDATES_PER_SECOND: z.coerce.number().positive().default(50),
  UPDATE_BURST: z.coerce.number().int().min(1).default(500),
  LOGIN_ATTEMPTS_PER_WINDOW: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_S: z.coerce.number().int().min(1).default(900),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  DOC_IDLE_MS: z.coerce.number().int().min(0).default(30_000),
  ACCESS_RECHECK_MS: z.coerce.number().int().min(100).default(5_000),
  // A peer that does not answer a ping within one interval is dropped.
  PING_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
  SYNC_WRITES: flag,
  // Several relays share accounts, shares and live documents through this Redis.
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  // Documents, accounts and shares in PostgreSQL instead of DATA_DIR, shared by every relay.
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  // A Redis command or PostgreSQL query that has not answered by then fails (503 / 1011).
  STORE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  // How often the relay checks that PostgreSQL answers (for /healthz and to notice recovery).
  HEALTH_PROBE_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
  // How often expired refresh tokens and ended logins are removed.
  LOGIN_SWEEP_INTERVAL_S: z.coerce.number().int().min(1).max(604_800).default(3_600),
});

export type RelayConfig = {
  port: number;
  host: string;
  dataDir: string;
  appDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  jwtSecret: string | undefined;
  accessTokenTtlS: number;
  refreshTokenTtlDays: number;
  scryptLog2N: number;
  maxMessageBytes: number;
  maxDocBytes: number;
  maxBufferedBytes: number;
  updatesPerSecond: number;
  updateBurst: number;
  loginAttemptsPerWindow: number;
  loginWindowS: number;
  compactAfterUpdates: number;
  docIdleMs: number;
  accessRecheckMs: number;
  pingIntervalMs: number;
  /** fsync every write batch (power-loss safe); off still survives a process crash. */
  syncWrites: boolean;
  redisUrl: string | undefined;
  databaseUrl: string | undefined;
  storeTimeoutMs: number;
  healthProbeMs: number;
  loginSweepIntervalS: number;
};

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
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    appDir: resolve(e.APP_DIR),
    logLevel: e.LOG_LEVEL,
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlS: e.ACCESS_TOKEN_TTL_S,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    scryptLog2N: e.SCRYPT_LOG2_N,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxDocBytes: e.MAX_DOC_BYTES,
    maxBufferedBytes: e.MAX_BUFFERED_BYTES,
    updatesPerSecond: e.UPDATES_PER_SECOND,
    updateBurst: e.UPDATE_BURST,
    loginAttemptsPerWindow: e.LOGIN_ATTEMPTS_PER_WINDOW,
    loginWindowS: e.LOGIN_WINDOW_S,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    docIdleMs: e.DOC_IDLE_MS,
    accessRecheckMs: e.ACCESS_RECHECK_MS,
    pingIntervalMs: e.PING_INTERVAL_MS,
    syncWrites: e.SYNC_WRITES,
    redisUrl: e.REDIS_URL,
    databaseUrl: e.DATABASE_URL,
    storeTimeoutMs: e.STORE_TIMEOUT_MS,
    healthProbeMs: e.HEALTH_PROBE_MS,
    loginSweepIntervalS: e.LOGIN_SWEEP_INTERVAL_S,
  };
}
