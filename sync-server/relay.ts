import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { AccessGuard, type Refusal } from './access-guard.ts';
import { Accounts } from './accounts.ts';
import { createApi } from './api.ts';
import type { RelayConfig } from './config.ts';
import { DocRegistry } from './doc-registry.ts';
import { RedisReplication } from './redis-replication.ts';
import { createLogger, type Logger } from './log.ts';
import { sweepExpiredLogins } from './login-sweep.ts';
import { createMetrics } from './metrics.ts';
import { WindowLimiter } from './rate-limit.ts';
import { Reachability, StoreUnavailable } from './reachability.ts';
import type { Records } from './records.ts';
import { Shares } from './shares.ts';
import { openStorage, type SharedStores } from './storage.ts';
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
  const shared: SharedStores = {
    redis: config.redisUrl ? new Reachability('redis', log) : null,
    database: config.databaseUrl ? new Reachability('database', log) : null,
  };
  const metrics = createMetrics(() =>
    [shared.redis, shared.database].flatMap((r) =>
      r ? [{ store: r.dependency, reachable: r.reachable }] : [],
    ),
  );
  const storage = await openStorage(config, (s) => metrics.persistSeconds.observe(s), shared);
  const { records, signingKey } = storage;
  const replication =
    config.redisUrl && shared.redis
      ? new RedisReplication(config.redisUrl, shared.redis, config.storeTimeoutMs, log)
      : null;
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
  const sweep = () => sweepLogins(records, config.refreshTokenTtlDays, log);
  void sweep();
  const sweepTimer = setInterval(() => void sweep(), config.loginSweepIntervalS * 1000);

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
      // An unreachable store was logged once when it went; each retrying client is not news.
      if (error instanceof StoreUnavailable) return UNAVAILABLE;
      log.error({ err: error }, 'authorisation failed');
      return { code: CLOSE.serverError, reason: 'the relay could not check access; retrying' };
    });
    ws.off('message', hold);
    if ('code' in verdict) {
      const level = verdict === UNAVAILABLE ? 'debug' : 'info';
      log[level]({ url: req.url?.split('?')[0], ...verdict }, 'connection refused');
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
      const health = healthOf(shared, registry.size, access.open.size);
      res.writeHead(health.status === 'unavailable' ? 503 : 200, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
      });
      res.end(JSON.stringify(health));
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
    clearInterval(sweepTimer);
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
      clearInterval(sweepTimer);
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

const UNAVAILABLE: Refusal = {
  code: CLOSE.serverError,
  reason: 'the relay cannot reach its storage; retrying',
};

type StoreState = 'reachable' | 'unreachable' | 'unused';

/** What `/healthz` reports; see docs/OPERATIONS.md for each field and the status code. */
export type Health = {
  ok: boolean;
  /** ok; degraded: Redis is away (each relay still serves and stores); unavailable: nothing can be stored. */
  status: 'ok' | 'degraded' | 'unavailable';
  documentsLoaded: number;
  connections: number;
  redis: StoreState;
  database: StoreState;
  /** When the first store that is now unreachable went away (ISO time), else null. */
  unreachableSince: string | null;
};

function healthOf(shared: SharedStores, documentsLoaded: number, connections: number): Health {
  const state = (r: Reachability | null): StoreState =>
    r === null ? 'unused' : r.reachable ? 'reachable' : 'unreachable';
  const redis = state(shared.redis);
  const database = state(shared.database);
  const status =
    database === 'unreachable' ? 'unavailable' : redis === 'unreachable' ? 'degraded' : 'ok';
  const since = [shared.redis?.downSince, shared.database?.downSince]
    .filter((s): s is string => typeof s === 'string')
    .sort()[0];
  return {
    ok: status === 'ok',
    status,
    documentsLoaded,
    connections,
    redis,
    database,
    unreachableSince: since ?? null,
  };
}

/** One pass of the login sweep; a failure is logged and the next pass tries again. */
async function sweepLogins(records: Records, refreshTokenTtlDays: number, log: Logger) {
  try {
    const removed = await sweepExpiredLogins(records, refreshTokenTtlDays, Date.now());
    if (removed.refresh + removed.used + removed.families > 0)
      log.info(removed, 'removed expired logins');
  } catch (error) {
    if (error instanceof StoreUnavailable) return;
    log.error({ err: error }, 'login sweep failed');
  }
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
