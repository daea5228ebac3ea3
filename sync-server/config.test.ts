import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('relay configuration', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8787);
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.accessTokenTtlS).toBe(900);
    expect(config.scryptLog2N).toBe(17);
    expect(config.syncWrites).toBe(true);
    expect([config.storeTimeoutMs, config.healthProbeMs, config.loginSweepIntervalS]).toEqual([
      10_000, 5_000, 3_600,
    ]);
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', SCRYPT_LOG2_N: '10', JWT_SECRET: 'short' })).toThrow(
      /PORT: .*JWT_SECRET: JWT_SECRET must be at least 32 characters.*SCRYPT_LOG2_N: /,
    );
  });

  it('refuses outage settings that would spin or never give up', () => {
    expect(() => loadConfig({ STORE_TIMEOUT_MS: '0', HEALTH_PROBE_MS: '1' })).toThrow(
      /STORE_TIMEOUT_MS: .*HEALTH_PROBE_MS: |HEALTH_PROBE_MS: .*STORE_TIMEOUT_MS: /,
    );
    expect(() => loadConfig({ LOGIN_SWEEP_INTERVAL_S: '0' })).toThrow(/LOGIN_SWEEP_INTERVAL_S/);
  });

  it('reads flags and numbers from strings', () => {
    const config = loadConfig({ SYNC_WRITES: 'false', PORT: '0', DOC_IDLE_MS: '50' });
    expect([config.syncWrites, config.port, config.docIdleMs]).toEqual([false, 0, 50]);
  });

  it('takes a PostgreSQL DATABASE_URL only with a shared JWT_SECRET', () => {
    const url = 'postgres://relay@db.internal:5432/splits';
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(/JWT_SECRET: required with/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/splits' })).toThrow(/DATABASE_URL/);
    const secret = 'one secret for every relay, at least 32 characters';
    expect(loadConfig({ DATABASE_URL: url, JWT_SECRET: secret }).databaseUrl).toBe(url);
  });
});
