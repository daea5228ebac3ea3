import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { AccessGuard, type Refusal } from './access-guard.ts';
import { Accounts } from './accounts.ts';
import { createApi } from './api.ts';
import type { RelayConfig } from './config.ts';
import { DocRegistry } from './doc-registry.ts';
import { RedisReplication } from './redis-replication.ts';
import { createLogger } from './log.ts';
import { createMetrics } from './metrics.ts';
import { WindowLimiter } from './rate-limit.ts';
import { Shares } from './shares.ts';
import { openStorage } from './storage.ts';
import { serveStatic } from './static-files.ts';
import { CLOSE, SyncConnection } from './sync-connection.ts';

export type RunningRelay = {
  port: number;
  /** Stops accepting, closes every connection (1012), stores every loaded document, closes the db. */
  close(): Promise<void>;
};

/** Starts the relay: the static app, the JSON API, `/healthz`, `/metrics` and `/sync/<doc>`. */
export async function startRelay(config: RelayConfig): Promise<RunningRelay> {
  const log = createLogger(config.logLevel);
  const metrics = createMetrics();
  const storage = await openStorage(config, log, (s) => metrics.persistSeconds.observe(s));
  const { records, signingKey } = storage;
  const replication = config.redisUrl ? new RedisReplication(config.redisUrl, log) : null;
  const registry = new DocRegistry(
    storage.docs,
    {
      maxDocBytes: config.maxDocBytes,
      compactAfterUpdates: config.compactAfterUpdates,
      idleMs: config.docIdleMs,
    },
    metrics,
    log,
    replication,
    // With a shared database every relay loads the same stored state; Redis only carries live edits.
    config.databaseUrl ? null : replication,
  );
  const accounts = new Accounts(records, {
    signingKey,
    accessTokenTtlS: config.accessTokenTtlS,
    refreshTokenTtlDays: config.refreshTokenTtlDays,
    scryptLog2N: config.scryptLog2N,
    // Called only later, on logout or reuse, by which time `access` exists.
    onFamilyRevoked: (familyId) => access.closeFamily(familyId),
  });
  const shares = new Shares(records);
  const access = new AccessGuard(accounts, shares, signingKey, log, storage.recordWrites);
  const recheckTimer = setInterval(() => access.recheckAll(), config.accessRecheckMs);

  const handleApi = createApi({
    accounts,
    shares,
    signingKey,
    loginLimiter: new WindowLimiter(config.loginAttemptsPerWindow, config.loginWindowS * 1000),
    log,
    onGrantsChanged: (userId) => access.recheckUser(userId),
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes * 2 });

  const onSocket = async (ws: WebSocket, socket: Duplex, req: IncomingMessage) => {
    metrics.connections.inc();
    ws.on('close', () => metrics.connections.dec());
    ws.on('error', (error) => log.warn({ err: error }, 'websocket error'));
    // Hold what the client sends while we check who it is; nothing is sent before that.
    const early: Uint8Array[] = [];
    const hold = (data: Buffer) => early.push(data);
    ws.on('message', hold);
    const verdict = await access.admit(req.url ?? '/').catch((error: unknown): Refusal => {
      log.error({ err: error }, 'authorisation failed');
      return { code: CLOSE.serverError, reason: 'the relay could not check access; retrying' };
    });
    ws.off('message', hold);
    if ('code' in verdict) {
      log.info({ url: req.url?.split('?')[0], ...verdict }, 'connection refused');
      ws.close(verdict.code, verdict.reason);
      return;
    }
    if (ws.readyState !== ws.OPEN) return;
    const connection = new SyncConnection(ws, socket, verdict.docName, verdict.identity, {
      registry,
      limits: config,
      metrics,
      log,
    });
    access.open.add(connection);
    // An expired token ends the connection; the app refreshes it and reconnects.
    const expiry = setTimeout(
      () => connection.close(CLOSE.unauthenticated, 'token expired'),
      verdict.tokenExpiresAtMs - Date.now(),
    );
    ws.on('close', () => {
      clearTimeout(expiry);
      access.open.delete(connection);
    });
    await connection.start(early);
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(
        JSON.stringify({ ok: true, documentsLoaded: registry.size, connections: access.open.size }),
      );
      return;
    }
    if (path === '/metrics') {
      metrics.registry
        .metrics()
        .then((text) => {
          res.writeHead(200, { 'content-type': metrics.registry.contentType });
          res.end(text);
        })
        .catch((error: unknown) => {
          log.error({ err: error }, 'metrics failed');
          res.writeHead(500).end();
        });
      return;
    }
    handleApi(req, res)
      .then((handled) => handled || serveStatic(config.appDir, req, res))
      .then((served) => {
        if (served) return;
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
      })
      .catch((error: unknown) => {
        log.error({ err: error, path }, 'request failed');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (error) => log.warn({ err: error }, 'upgrade socket error'));
    if (!(req.url ?? '').startsWith('/sync/')) {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      // handleUpgrade does not emit 'connection' by itself; the liveness check below listens for it.
      wss.emit('connection', ws, req);
      onSocket(ws, socket, req).catch((error: unknown) => {
        log.error({ err: error }, 'connection failed');
        ws.close(CLOSE.serverError, 'relay error; retrying');
      });
    });
  });

  // Dead peers: a client that stops answering pings is dropped after one interval.
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (ws) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
  });
  const pingTimer = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, config.pingIntervalMs);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    clearInterval(recheckTimer);
    clearInterval(pingTimer);
    await storage.close();
    await replication?.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port, dataDir: config.dataDir, appDir: config.appDir }, 'relay listening');

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      clearInterval(recheckTimer);
      clearInterval(pingTimer);
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const c of access.open) c.close(CLOSE.restarting, 'relay restarting');
      await allClosed([...wss.clients], 1000);
      for (const ws of wss.clients) ws.terminate();
      server.closeAllConnections();
      await registry.closeAll();
      await storage.close();
      await replication?.close();
      await stopped;
      log.info('relay stopped; everything stored');
    })();
    return closing;
  };
  return { port, close };
}

/** Waits until every socket has finished its closing handshake, or `timeoutMs` has passed. */
function allClosed(sockets: WebSocket[], timeoutMs: number): Promise<void> {
  const open = sockets.filter((ws) => ws.readyState !== ws.CLOSED);
  if (open.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let left = open.length;
    const timer = setTimeout(resolve, timeoutMs);
    for (const ws of open) {
      ws.once('close', () => {
        left -= 1;
        if (left === 0) {
          clearTimeout(timer);
          resolve();
        }
      });
    }
  });
}
