import { connect as tcpConnect, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { WebSocket } from 'ws';
import { adminGet } from './relay-harness.ts';

/** Sync step 1 with an empty state vector: "send me the whole document". */
export const WHOLE_DOC_REQUEST = new Uint8Array([0, 0, 1, 0]);

/** An authorised raw socket, open and greeted; from `localAddress` (any 127.0.0.0/8) if given. */
export function rawPeer(url: string, localAddress?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { localAddress });
    ws.once('message', () => resolve(ws));
    ws.once('error', reject);
    ws.once('close', (code, reason) => reject(new Error(`closed ${code} ${reason.toString()}`)));
  });
}

/** The HTTP status the relay answered a WebSocket upgrade with, when it refused it. */
export function refusedUpgrade(url: string, localAddress?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { localAddress });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('open', () => reject(new Error('the upgrade was accepted')));
    ws.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

/** The close code and reason the relay ended an open socket with. */
export function closeOf(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}

/** A TCP socket that sends nothing, and when the relay closed it (ms after opening). */
export function idleSocket(
  port: number,
): Promise<{ socket: Socket; closedAfterMs: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(port, '127.0.0.1');
    const opened = performance.now();
    const closedAfterMs = new Promise<number>((done) =>
      socket.once('close', () => done(performance.now() - opened)),
    );
    socket.once('connect', () => resolve({ socket, closedAfterMs }));
    socket.once('error', reject);
  });
}

/** Resident memory of a process in bytes (Linux). */
export async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? NaN) * 1024;
}

/** Polls `/metrics` until `pattern` matches (a relay process can only be asked). */
export async function metricUntil(http: string, pattern: RegExp, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { text } = await adminGet(http, '/metrics');
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`metrics never matched ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
