import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openKv, scanPrefix } from './kv.ts';
import { setJournalField } from './test-support/documents.ts';
import {
  ADMIN_TOKEN,
  api,
  connect,
  destroyAll,
  register,
  spawnRelay,
  startTestRelay,
  synced,
  tempDir,
  waitUntil,
  type Client,
} from './test-support/relay-harness.ts';

const clients: Client[] = [];
const dirs: string[] = [];
afterEach(async () => {
  destroyAll(clients.splice(0));
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function loadedDocs(http: string, want: number) {
  // Unloading happens on a timer inside the relay; poll its health report until it matches.
  for (let i = 0; i < 200; i++) {
    const { json } = await api(http, 'GET', '/healthz', undefined, ADMIN_TOKEN);
    if ((json as { documentsLoaded: number }).documentsLoaded === want) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`relay never reported ${want} loaded documents`);
}

async function storedKeys(dir: string) {
  const db = await openKv(dir);
  try {
    return {
      log: (await scanPrefix(db, 'log:')).length,
      snap: (await scanPrefix(db, 'snap:')).length,
    };
  } finally {
    await db.close();
  }
}

describe('document lifecycle', () => {
  it('unloads idle documents and compacts their log into snapshots that load again', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const relay = await startTestRelay({ DOC_IDLE_MS: '50', COMPACT_AFTER_UPDATES: '10' }, dir);
    const user = await register(relay.http);
    const names = Array.from({ length: 5 }, () => `${user.athleteId}/plan/${randomUUID()}`);
    const open = names.map((name) => connect(relay.ws, name, user.accessToken));
    clients.push(...open);
    await Promise.all(open.map((c) => synced(c.provider)));
    for (const c of open)
      for (let i = 0; i < 25; i++) setJournalField(c.doc, `day-${i}`, 'note', i);
    const check = connect(relay.ws, names[0] ?? '', user.accessToken);
    await waitUntil(check.doc, () => check.doc.getMap('dayFields').size === 25);
    check.provider.destroy();
    await loadedDocs(relay.http, 5);

    for (const c of open) c.provider.disconnect();
    await loadedDocs(relay.http, 0);
    const again = connect(relay.ws, names[4] ?? '', user.accessToken);
    clients.push(again);
    await synced(again.provider);
    expect(again.doc.getMap('dayFields').size).toBe(25);
    again.provider.disconnect();
    await loadedDocs(relay.http, 0);
    await relay.close();

    expect(await storedKeys(dir)).toEqual({ log: 0, snap: 5 });
  });

  it('serves the built app, the API and the relay on one port', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    await mkdir(join(dir, 'no-app'));
    await writeFile(join(dir, 'no-app', 'index.html'), '<!doctype html><title>Splits</title>');
    const relay = await startTestRelay({}, dir);
    try {
      const page = await fetch(`${relay.http}/`);
      expect([page.status, await page.text()]).toEqual([
        200,
        '<!doctype html><title>Splits</title>',
      ]);
      expect((await fetch(`${relay.http}/nothing-here`)).status).toBe(404);
      const user = await register(relay.http);
      const client = connect(relay.ws, `${user.athleteId}/profile`, user.accessToken);
      clients.push(client);
      await synced(client.provider);
    } finally {
      await relay.close();
    }
  });

  it('stores everything and exits 0 on SIGTERM', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const relay = await spawnRelay(dir);
    const user = await register(relay.http);
    const name = `${user.athleteId}/journal`;
    const writer = connect(relay.ws, name, user.accessToken);
    const reader = connect(relay.ws, name, user.accessToken);
    clients.push(writer, reader);
    await Promise.all([synced(writer.provider), synced(reader.provider)]);
    for (let i = 0; i < 30; i++) setJournalField(writer.doc, `day-${i}`, 'note', i);
    await waitUntil(reader.doc, () => reader.doc.getMap('dayFields').size === 30);
    relay.child.kill('SIGTERM');
    expect(await relay.exited).toBe(0);
    expect(await storedKeys(dir)).toEqual({ log: 0, snap: 1 });

    const restarted = await spawnRelay(dir);
    try {
      const fresh = connect(restarted.ws, name, user.accessToken);
      clients.push(fresh);
      await synced(fresh.provider);
      expect(fresh.doc.getMap('dayFields').size).toBe(30);
    } finally {
      restarted.child.kill('SIGTERM');
      await restarted.exited;
    }
  });
});
