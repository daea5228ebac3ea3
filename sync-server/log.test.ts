import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelayLogger, scrubSecrets } from './log.ts';

const PASSWORD = 'correct horse battery staple 42';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyJ9.c2lnbmF0dXJlLWJ5dGVz';
const OPAQUE = 'Zq3v9X2bY7nP0tR5wK8mC1dF4gH6jL';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'splits-log-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the relay logger never keeps a secret', () => {
  it('blanks secret fields, tokens in messages, URLs and headers, in memory and in the file', async () => {
    const logFile = join(dir, 'relay.log');
    const { log: relayLog, ring: relayRing } = createRelayLogger({
      logLevel: 'debug',
      logRingLines: 100,
      logFile,
    });
    relayLog.info({ password: PASSWORD, user: 'u1' }, 'login attempt');
    relayLog.warn({ body: { email: 'a@b.c', password: PASSWORD } }, 'bad body');
    relayLog.warn({ req: { headers: { authorization: `Bearer ${OPAQUE}` } } }, 'refused');
    relayLog.warn({ url: `/sync/x?token=${OPAQUE}` }, 'bad request target');
    relayLog.error({ err: new Error(`verify failed for ${JWT}`) }, `token ${JWT} refused`);
    relayLog.info({ doc: 'a/journal', update: [1, 2, 3], content: 'private note' }, 'stored');
    relayLog.flush();
    const kept = JSON.stringify(relayRing.query({ level: 'trace', limit: 1000 }));
    const file = await readFile(logFile, 'utf8');
    for (const text of [kept, file]) {
      expect(text).toContain('login attempt');
      expect(text).toContain('[redacted]');
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(JWT);
      expect(text).not.toContain(OPAQUE);
      expect(text).not.toContain('private note');
    }
    expect(relayRing.size).toBe(6);
  });

  it('scrubs a bearer header, a JWT and a token parameter from any text', () => {
    expect(
      scrubSecrets(`Authorization: Bearer ${OPAQUE} then ${JWT} and ?token=${OPAQUE}&x=1`),
    ).toBe('Authorization: Bearer [token] then [token] and ?token=[redacted]&x=1');
    expect(scrubSecrets(`cut: ${JWT.slice(0, 40)}`)).toBe('cut: [token]');
  });
});

describe('the log ring', () => {
  it('keeps the newest lines and filters by level, account, document, time and text', () => {
    const { log, ring } = createRelayLogger({ logLevel: 'trace', logRingLines: 3, logFile: null });
    log.info({ user: 'old' }, 'pushed out');
    log.debug({ user: 'u1', doc: 'ath1/plan' }, 'plan loaded');
    log.warn({ user: 'u2', doc: 'ath2/journal' }, 'Journal quota near');
    log.error({ user: 'u1', doc: 'ath1/activities/7' }, 'store failed');
    expect(ring.size).toBe(3);
    const all = (extra: object) =>
      ring.query({ level: 'trace', limit: 10, ...extra }).map((l) => l.msg);
    expect(all({})).toEqual(['store failed', 'Journal quota near', 'plan loaded']);
    expect(all({ level: 'warn' })).toEqual(['store failed', 'Journal quota near']);
    expect(all({ account: 'u1' })).toEqual(['store failed', 'plan loaded']);
    expect(all({ doc: 'ath1/' })).toEqual(['store failed', 'plan loaded']);
    expect(all({ text: 'QUOTA' })).toEqual(['Journal quota near']);
    expect(all({ limit: 1 })).toEqual(['store failed']);
    const [newest] = ring.query({ level: 'trace', limit: 1 });
    expect(all({ fromMs: (newest?.time ?? 0) + 1 })).toEqual([]);
    expect(all({ toMs: (newest?.time ?? 0) - 60_000 })).toEqual([]);
  });
});
