import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  register,
  spawnRelay,
  tempDir,
  uniqueEmail,
  type RelayProcess,
} from '../test-support/relay-harness.ts';
import { consoleToken, createOwnerCommand, login, SECRET } from './admin-test-support.ts';

// The Logs tab's API on a real relay process with a log file: filters, and no secret anywhere.
let relay: RelayProcess;
let dataDir: string;
let token: string;

beforeAll(async () => {
  dataDir = await tempDir();
  const ownerEmail = uniqueEmail('owner');
  const made = await createOwnerCommand(dataDir, ownerEmail);
  expect(made, made.output).toMatchObject({ code: 0 });
  relay = await spawnRelay(dataDir, {
    JWT_SECRET: SECRET,
    LOG_FILE: join(dataDir, 'logs', 'relay.log'),
    LOG_LEVEL: 'debug',
  });
  token = await consoleToken(relay.http, await login(relay.http, ownerEmail));
});

afterAll(async () => {
  relay.child.kill('SIGTERM');
  await relay.exited;
  await rm(dataDir, { recursive: true, force: true });
});

const logs = async (query: string) => {
  const res = await fetch(`${relay.http}/api/admin/logs?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return { text: await res.text() };
};
const lines = async (query: string) =>
  (JSON.parse((await logs(query)).text) as { lines: Array<Record<string, unknown>> }).lines;

describe('the relay’s logs in the console', () => {
  it('never hold a sign-in attempt’s password or a token, in memory, in the file or on stdout', async () => {
    const athlete = await register(relay.http, uniqueEmail('athlete'));
    const wrong = 'the wrong password, typed in a hurry';
    const attempt = await api(relay.http, 'POST', '/api/auth/login', {
      email: athlete.email,
      password: wrong,
    });
    expect(attempt.status).toBe(401);
    // A request target no client sends, carrying both: the relay logs its URL.
    const bad = await fetch(
      `${relay.http}/%zz?password=${encodeURIComponent(wrong)}&token=${athlete.accessToken}`,
    );
    expect(bad.status).toBe(400);
    await relay.logged('bad request target', 1);
    const memory = await logs('level=trace&limit=1000');
    const file = await logs('level=trace&limit=1000&source=file');
    const stdout = JSON.stringify(relay.logs());
    for (const text of [memory.text, file.text, stdout]) {
      expect(text).toContain('bad request target');
      // The relay cuts a logged URL at 200 characters: not even the token's start may show.
      expect(text).not.toContain(athlete.accessToken.slice(0, 40));
      expect(text).not.toContain(athlete.refreshToken);
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(encodeURIComponent(wrong));
    }
  });

  it('filters by level, account, document, time and text', async () => {
    const athlete = await register(relay.http, uniqueEmail('athlete'));
    const granted = await api(
      relay.http,
      'POST',
      '/api/support',
      { prefixes: [`${athlete.athleteId}/plan/`], durationS: 60 },
      athlete.accessToken,
    );
    expect(granted.status).toBe(201);
    const mine = await lines(`level=info&account=${athlete.userId}`);
    expect(mine.map((l) => [l.msg, l.user])).toEqual([['support access granted', athlete.userId]]);
    expect(await lines(`level=warn&account=${athlete.userId}`)).toEqual([]);
    expect(await lines(`account=${athlete.userId}&text=GRANTED`)).toHaveLength(1);
    expect(await lines(`account=${athlete.userId}&text=nothing-like-this`)).toEqual([]);
    const at = Number(mine[0]?.time);
    expect(await lines(`account=${athlete.userId}&fromMs=${at + 1}`)).toEqual([]);
    expect(await lines(`account=${athlete.userId}&toMs=${at}`)).toHaveLength(1);
    const fromFile = await lines(`source=file&account=${athlete.userId}`);
    expect(fromFile.map((l) => l.msg)).toEqual(['support access granted']);
    const warned = await lines('level=warn&doc=no-such-doc');
    expect(warned).toEqual([]);
    const bad = await fetch(`${relay.http}/api/admin/logs?level=loud`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bad.status).toBe(400);
  });
});
