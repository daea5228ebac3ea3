import { mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../scripts/precompress.mjs';
import {
  api,
  register,
  spawnRelay,
  tempDir,
  type RelayProcess,
} from './test-support/relay-harness.ts';

const CHUNK = '/_next/static/chunks/app-0a1b2c.js';
const FILES: Record<string, string> = {
  '/index.html': `<html><script>self.booted=1</script><body>${'<p>Splits</p>'.repeat(200)}</body></html>`,
  [CHUNK]: `export const rows = [${'{"distanceM":5000,"elapsedS":1500},'.repeat(400)}];`,
  '/sw.js': `self.addEventListener('fetch', () => {});${' /* precache */'.repeat(100)}`,
  '/tiny.txt': 'ok',
};
const SECRET = 'the folder above the app';

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

/** One raw request (node:http does not decode bodies, and sends the path exactly as given). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(reply: Reply): string {
  const encoding = reply.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(reply.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(reply.body).toString('utf8');
  expect(encoding).toBeUndefined();
  return reply.body.toString('utf8');
}

let relay: RelayProcess;
let appDir: string;
beforeAll(async () => {
  const dir = await tempDir();
  appDir = join(dir, 'out');
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(appDir, path)), { recursive: true });
    await writeFile(join(appDir, path), text);
  }
  await writeFile(join(dir, 'secret.txt'), SECRET);
  await precompress(appDir);
  relay = await spawnRelay(dir, { APP_DIR: appDir });
});
afterAll(async () => {
  relay.child.kill('SIGTERM');
  await relay.exited;
  await rm(dirname(appDir), { recursive: true, force: true });
});

describe('the static app, compressed', () => {
  it('sends the encoding the browser prefers, and the bytes decode to the file', async () => {
    for (const [path, text] of Object.entries(FILES)) {
      const url = path.replace(/index\.html$/, '');
      for (const [accept, expected] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0, gzip', 'gzip'],
        ['identity', undefined],
      ] as const) {
        const reply = await get(relay.port, url, { 'accept-encoding': accept });
        expect(reply.status).toBe(200);
        // A two-byte file gains nothing from compression: the build leaves it as is.
        expect(reply.headers['content-encoding']).toBe(path === '/tiny.txt' ? undefined : expected);
        expect(reply.headers.vary).toBe('Accept-Encoding');
        expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
        expect(decoded(reply)).toBe(text);
      }
    }
    const page = await get(relay.port, '/', { 'accept-encoding': 'br' });
    expect(page.body.length).toBeLessThan(FILES['/index.html']!.length / 10);
    expect(page.headers['content-security-policy']).toContain("script-src 'self' 'sha256-");
  });

  it('keeps hashed chunks for a year and has pages and the worker revalidate', async () => {
    const chunk = await get(relay.port, CHUNK, { 'accept-encoding': 'br' });
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/sw.js']) {
      expect((await get(relay.port, path)).headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers 304 to a matching If-None-Match, per encoding, and a new tag once the file changes', async () => {
    const br = await get(relay.port, CHUNK, { 'accept-encoding': 'br' });
    const plain = await get(relay.port, CHUNK);
    const etag = String(br.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(plain.headers.etag).not.toBe(etag);
    const again = await get(relay.port, CHUNK, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, etag]);
    // The identity copy's tag does not validate the brotli copy.
    const other = await get(relay.port, CHUNK, {
      'accept-encoding': 'br',
      'if-none-match': String(plain.headers.etag),
    });
    expect(other.status).toBe(200);

    const page = await get(relay.port, '/', { 'accept-encoding': 'gzip' });
    const changed = FILES['/index.html']!.replace('Splits', 'Splits, new');
    await writeFile(join(appDir, 'index.html'), changed);
    const fresh = await get(relay.port, '/', {
      'accept-encoding': 'gzip',
      'if-none-match': String(page.headers.etag),
    });
    // The old gzip copy is stale now: the page goes as it is, under a new tag.
    expect(fresh.status).toBe(200);
    expect(fresh.headers.etag).not.toBe(page.headers.etag);
    expect(decoded(fresh)).toBe(changed);
  });

  it('answers HEAD with the headers alone', async () => {
    const head = await get(relay.port, CHUNK, { 'accept-encoding': 'br' }, 'HEAD');
    expect([head.status, head.headers['content-encoding'], head.body.length]).toEqual([
      200,
      'br',
      0,
    ]);
  });

  it('still refuses paths out of the app folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/_next/../../secret.txt',
    ]) {
      const reply = await get(relay.port, path, { 'accept-encoding': 'br, gzip' });
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
      expect(decoded(reply)).not.toContain(SECRET);
    }
  });
});

describe('the JSON API, compressed', () => {
  it('compresses a reply over 1 KiB for a client that takes it, and leaves small ones be', async () => {
    const owner = await register(`http://127.0.0.1:${relay.port}`);
    for (let i = 0; i < 8; i += 1) {
      const invite = await api(
        `http://127.0.0.1:${relay.port}`,
        'POST',
        '/api/shares',
        { prefix: owner.athleteId, role: 'viewer', email: `friend-${i}@example.com` },
        owner.accessToken,
      );
      expect(invite.status).toBe(201);
    }
    const auth = { authorization: `Bearer ${owner.accessToken}` };
    const list = await get(relay.port, '/api/shares', { ...auth, 'accept-encoding': 'gzip, br' });
    expect(list.headers['content-encoding']).toBe('br');
    expect(list.headers.vary).toBe('Accept-Encoding');
    const text = decoded(list);
    expect(text.length).toBeGreaterThan(1024);
    expect((JSON.parse(text) as { given: unknown[] }).given).toHaveLength(8);
    const plain = await get(relay.port, '/api/shares', auth);
    expect([plain.headers['content-encoding'], decoded(plain)]).toEqual([undefined, text]);
    const me = await get(relay.port, '/api/me', { ...auth, 'accept-encoding': 'br' });
    expect(me.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(decoded(me))).toMatchObject({ userId: owner.userId });
  });
});
