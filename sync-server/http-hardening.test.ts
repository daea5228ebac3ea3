import { mkdir, writeFile } from 'node:fs/promises';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminGet,
  spawnRelay,
  startTestRelay,
  tempDir,
  type RelayProcess,
  type TestRelay,
} from './test-support/relay-harness.ts';

const INLINE = 'window.__booted = true;';

/** A tiny static export: one page with an inline script, a script file and its source map. */
async function fakeApp(): Promise<string> {
  const dir = join(await tempDir(), 'out');
  await mkdir(join(dir, '_next'), { recursive: true });
  await writeFile(join(dir, 'index.html'), `<html><script>${INLINE}</script></html>`);
  await writeFile(join(dir, '_next', 'app.js'), 'console.log(1);');
  await writeFile(join(dir, '_next', 'app.js.map'), '{"version":3}');
  return dir;
}

/** Sends raw bytes as one HTTP request and answers the status line the relay sent back. */
function rawStatus(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let reply = '';
    const socket = tcpConnect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) {
        resolve(reply.split('\r\n')[0] ?? '');
        socket.destroy();
      }
    });
    socket.on('error', reject);
  });
}

describe('operations endpoints', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startTestRelay({ ADMIN_PORT: '0' });
  });
  afterAll(() => relay.close());

  it('keep metrics and details for the admin; liveness stays public and says nothing else', async () => {
    const metrics = await fetch(`${relay.http}/metrics`);
    expect(metrics.status).toBe(401);
    expect(await metrics.text()).not.toContain('nodejs_version_info');
    const health = await fetch(`${relay.http}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);

    expect((await adminGet(relay.http, '/metrics')).text).toContain('relay_connections');
    expect(JSON.parse((await adminGet(relay.http, '/healthz')).text)).toMatchObject({
      connections: 0,
      documentsLoaded: 0,
    });
    // The admin listener needs no token, and serves nothing else.
    const onAdmin = await fetch(`${relay.adminHttp}/metrics`);
    expect(await onAdmin.text()).toContain('relay_connections');
    expect((await fetch(`${relay.adminHttp}/api/me`)).status).toBe(404);
  });
});

describe('the static app', () => {
  let relay: TestRelay;
  let withMaps: TestRelay;
  beforeAll(async () => {
    const app = await fakeApp();
    [relay, withMaps] = await Promise.all([
      startTestRelay({ APP_DIR: app }),
      startTestRelay({ APP_DIR: app, SERVE_SOURCE_MAPS: 'true' }),
    ]);
  });
  afterAll(() => Promise.all([relay.close(), withMaps.close()]));

  it('sends a policy that allows its own inline script by hash and forbids framing', async () => {
    const res = await fetch(`${relay.http}/`);
    const policy = res.headers.get('content-security-policy') ?? '';
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(INLINE).digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(res.headers.get('permissions-policy')).toContain('bluetooth=(self)');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const api = await fetch(`${relay.http}/api/me`);
    expect(api.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves source maps only when asked to', async () => {
    expect((await fetch(`${relay.http}/_next/app.js`)).status).toBe(200);
    expect((await fetch(`${relay.http}/_next/app.js.map`)).status).toBe(404);
    expect((await fetch(`${withMaps.http}/_next/app.js.map`)).status).toBe(200);
  });

  it('counts content policy reports', async () => {
    const report = {
      'csp-report': { 'violated-directive': 'script-src', 'blocked-uri': 'inline' },
    };
    const res = await fetch(`${relay.http}/api/csp-report`, {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body: JSON.stringify(report),
    });
    expect(res.status).toBe(204);
    expect((await adminGet(relay.http, '/metrics')).text).toMatch(/relay_csp_reports_total 1/);
  });
});

describe('a request no honest client sends', () => {
  let relay: RelayProcess;
  beforeAll(async () => {
    relay = await spawnRelay(await tempDir());
  });
  afterAll(async () => {
    relay.child.kill('SIGTERM');
    await relay.exited;
  });

  it('answers 400 and logs a warning without a stack trace', async () => {
    expect(await rawStatus(relay.port, 'GET /a%00b HTTP/1.1\r\nhost: x\r\n\r\n')).toMatch(/ 400 /);
    expect(await rawStatus(relay.port, 'GET http://[bad/ HTTP/1.1\r\nhost: x\r\n\r\n')).toMatch(
      / 400 /,
    );
    expect(await rawStatus(relay.port, 'GET /%E0%A4%A HTTP/1.1\r\nhost: x\r\n\r\n')).toMatch(
      / 400 /,
    );
    await relay.logged('bad request target', 3);
    const logs = relay.logs();
    expect(logs.filter((line) => Number(line.level) >= 50)).toEqual([]);
    expect(JSON.stringify(logs)).not.toContain('"stack"');
  });
});

describe('sync sockets from other pages', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startTestRelay({ ALLOWED_ORIGINS: 'https://coach.example' });
  });
  afterAll(() => relay.close());

  const upgrade = (origin: string | null) =>
    rawStatus(
      relay.port,
      [
        'GET /sync/any-doc HTTP/1.1',
        `host: 127.0.0.1:${relay.port}`,
        'upgrade: websocket',
        'connection: Upgrade',
        'sec-websocket-version: 13',
        'sec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==',
        ...(origin ? [`origin: ${origin}`] : []),
        '',
        '',
      ].join('\r\n'),
    );

  it('refuses a foreign page before the handshake and lets the relay’s own pages and listed origins in', async () => {
    expect(await upgrade('https://evil.example')).toMatch(/ 403 /);
    expect(await upgrade(`http://127.0.0.1:${relay.port}`)).toMatch(/ 101 /);
    expect(await upgrade('https://coach.example')).toMatch(/ 101 /);
    expect(await upgrade(null)).toMatch(/ 101 /);
  });
});
