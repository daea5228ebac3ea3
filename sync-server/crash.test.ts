import { randomUUID } from 'node:crypto';
import { open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setJournalField } from './test-support/documents.ts';
import {
  connect,
  converged,
  destroyAll,
  register,
  spawnRelay,
  synced,
  tempDir,
  waitUntil,
  type Client,
  type RelayProcess,
} from './test-support/relay-harness.ts';

const running: RelayProcess[] = [];
const clients: Client[] = [];
const dirs: string[] = [];

afterEach(async () => {
  destroyAll(clients.splice(0));
  for (const relay of running.splice(0)) {
    if (relay.child.exitCode === null && relay.child.signalCode === null) {
      relay.child.kill('SIGKILL');
      await relay.exited;
    }
  }
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function relayIn(dir: string, port = '0') {
  const relay = await spawnRelay(dir, { PORT: port, SYNC_WRITES: 'true' });
  running.push(relay);
  return relay;
}

async function kill(relay: RelayProcess) {
  relay.child.kill('SIGKILL');
  await relay.exited;
}

const days = (doc: Client['doc']) => [...doc.getMap('dayFields').keys()];

describe('the relay after a crash', () => {
  it('keeps every update it fanned out when SIGKILLed mid-stream, and everyone converges after', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const first = await relayIn(dir);
    const user = await register(first.http);
    const name = `${user.athleteId}/journal`;
    const writer = connect(first.ws, name, user.accessToken);
    const observer = connect(first.ws, name, user.accessToken);
    clients.push(writer, observer);
    await Promise.all([synced(writer.provider), synced(observer.provider)]);

    // The writer streams edits; the relay is killed while they are still arriving.
    let written = 0;
    const writing = (async () => {
      while (written < 400) {
        setJournalField(writer.doc, `day-${written}`, 'note', `entry ${written}`);
        written += 1;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    await waitUntil(
      observer.doc,
      () => days(observer.doc).length >= 60,
      20_000,
      '60 relayed edits',
    );
    await kill(first);
    const seenBeforeCrash = days(observer.doc);
    writer.provider.disconnect();
    await writing;
    expect(written).toBe(400);

    // Everything the relay had sent on was stored before it was sent: a new device gets it all
    // from storage alone, before the writer is back.
    const second = await relayIn(dir, String(first.port));
    const fresh = connect(second.ws, name, user.accessToken);
    clients.push(fresh);
    await synced(fresh.provider);
    const stored = new Set(days(fresh.doc));
    expect(seenBeforeCrash.filter((key) => !stored.has(key))).toEqual([]);

    // Once the writer reconnects, nothing it sent is lost and all three converge.
    writer.provider.connect();
    await converged([writer.doc, observer.doc, fresh.doc], 20_000);
    expect(days(fresh.doc)).toHaveLength(400);
  });

  it('loads the rest of the data when the last write on disk is corrupt', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const first = await relayIn(dir);
    const user = await register(first.http);
    const name = `${user.athleteId}/journal`;
    const writer = connect(first.ws, name, user.accessToken);
    const observer = connect(first.ws, name, user.accessToken);
    clients.push(writer, observer);
    await Promise.all([synced(writer.provider), synced(observer.provider)]);
    for (let i = 0; i < 20; i++) {
      setJournalField(writer.doc, `day-${i}`, 'note', `entry ${i}`);
      await waitUntil(observer.doc, () => days(observer.doc).length === i + 1);
    }
    writer.provider.disconnect();
    observer.provider.disconnect();
    await kill(first);

    // Flip the bytes of the newest write in LevelDB's log, as a torn write would leave them.
    const logs = (await readdir(join(dir, 'db'))).filter((f) => f.endsWith('.log')).sort();
    const newest = join(dir, 'db', logs.at(-1) ?? '');
    const size = (await stat(newest)).size;
    const file = await open(newest, 'r+');
    await file.write(Buffer.alloc(6, 0xff), 0, 6, size - 6);
    await file.close();

    const second = await relayIn(dir);
    const fresh = connect(second.ws, name, user.accessToken);
    clients.push(fresh);
    await synced(fresh.provider);
    const survived = days(fresh.doc);
    expect(survived.length).toBeGreaterThanOrEqual(19);
    expect(survived).not.toContain('day-19');

    // The document keeps working: a new edit reaches another device.
    const other = connect(second.ws, name, user.accessToken);
    clients.push(other);
    await synced(other.provider);
    setJournalField(fresh.doc, 'after-restart', 'note', randomUUID());
    await converged([fresh.doc, other.doc]);
  });
});
