import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  adminGet,
  api,
  closedFor,
  connect,
  destroyAll,
  register,
  spawnRelay,
  startTestRelay,
  synced,
  tempDir,
  uniqueEmail,
  waitUntil,
  type Client,
  type TestRelay,
} from './test-support/relay-harness.ts';

let relay: TestRelay;
const clients: Client[] = [];
beforeAll(async () => {
  relay = await startTestRelay({
    ACCOUNT_STORAGE_BYTES: '150000',
    ACCOUNT_DOCUMENTS: '3',
    INVITES_PER_HOUR: '3',
  });
});
afterEach(() => destroyAll(clients.splice(0)));
afterAll(() => relay.close());

async function openDoc(name: string, token: string) {
  const c = connect(relay.ws, name, token);
  clients.push(c);
  await synced(c.provider);
  return c;
}

describe('account quotas', () => {
  it('refuses growth past the storage quota, with a reason, and still accepts deleting', async () => {
    const user = await register(relay.http);
    const a = await openDoc(`${user.athleteId}/plan/a`, user.accessToken);
    a.doc.getMap('notes').set('n', 'x'.repeat(60_000));
    const b = await openDoc(`${user.athleteId}/plan/b`, user.accessToken);
    b.doc.getMap('notes').set('n', 'x'.repeat(60_000));
    const check = await openDoc(`${user.athleteId}/plan/b`, user.accessToken);
    await waitUntil(check.doc, () => check.doc.getMap('notes').has('n'));
    const refused = closedFor(a.provider);
    a.doc.getMap('notes').set('more', 'y'.repeat(60_000));
    expect(await refused).toEqual({
      code: 4413,
      reason: 'this account has used its 146 KiB of storage on the relay',
    });
    b.doc.getMap('notes').delete('n');
    await waitUntil(check.doc, () => !check.doc.getMap('notes').has('n'));
    expect((await adminGet(relay.http, '/metrics')).text).toMatch(
      /relay_quota_refusals_total\{quota="storage"\} 1/,
    );
  });

  it('refuses a document past the count quota', async () => {
    const user = await register(relay.http);
    for (const id of ['d1', 'd2', 'd3']) {
      const c = await openDoc(`${user.athleteId}/plan/${id}`, user.accessToken);
      c.doc.getMap('notes').set('n', id);
      const check = await openDoc(`${user.athleteId}/plan/${id}`, user.accessToken);
      await waitUntil(check.doc, () => check.doc.getMap('notes').has('n'));
    }
    const fourth = await openDoc(`${user.athleteId}/plan/d4`, user.accessToken);
    const refused = closedFor(fourth.provider);
    fourth.doc.getMap('notes').set('n', 'one too many');
    expect(await refused).toEqual({
      code: 4413,
      reason: 'this account has reached its limit of 3 documents on the relay',
    });
  });

  it('refuses a fourth invite within the hour with 429', async () => {
    const owner = await register(relay.http);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await api(
        relay.http,
        'POST',
        '/api/shares',
        { prefix: owner.athleteId, role: 'viewer', email: uniqueEmail('coach') },
        owner.accessToken,
      );
      statuses.push(res.status);
      if (i === 3)
        expect((res.json as { error: { code: string } }).error.code).toBe('invite_quota');
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it('refuses an athlete id that is not a lower-case UUID', async () => {
    const res = await api(relay.http, 'POST', '/api/auth/register', {
      email: uniqueEmail(),
      password: 'a long enough password',
      athleteId: 'ABCDEF01-2345-4678-89AB-CDEF01234567',
    });
    expect(res.status).toBe(400);
  });
});

describe('data at rest', () => {
  it('keeps the data directory 0700 and every database file 0600', async () => {
    const dir = await tempDir();
    const process = await spawnRelay(dir);
    try {
      const user = await register(process.http);
      const c = connect(process.ws, `${user.athleteId}/journal`, user.accessToken);
      clients.push(c);
      await synced(c.provider);
    } finally {
      process.child.kill('SIGTERM');
      await process.exited;
    }
    const mode = async (path: string) => (await stat(path)).mode & 0o777;
    expect(await mode(dir)).toBe(0o700);
    expect(await mode(join(dir, 'db'))).toBe(0o700);
    const files = await readdir(join(dir, 'db'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect([file, await mode(join(dir, 'db', file))]).toEqual([file, 0o600]);
    expect(await mode(join(dir, 'jwt-secret'))).toBe(0o600);
  });
});
