import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Admission, Refusal } from './access-guard.ts';
import { CLOSE } from './close-codes.ts';
import type { RelayConfig } from './config.ts';
import type { ConnectionCaps } from './connection-caps.ts';
import { watchLiveness } from './liveness.ts';
import { originAllowed } from './origin-check.ts';
import { StoreUnavailable } from './reachability.ts';
import type { RelayServices } from './relay-services.ts';
import { StateReplyBudget } from './state-replies.ts';
import { SyncConnection } from './sync-connection.ts';

const UNAVAILABLE: Refusal = {
  code: CLOSE.serverError,
  reason: 'the relay cannot reach its storage; retrying',
};

/** `/sync/<doc>`: WebSocket upgrades, who may open what, and the open connections. */
export class SyncEndpoint {
  private readonly wss: WebSocketServer;
  private readonly stopLiveness: () => void;
  private readonly replyBudget: StateReplyBudget;
  private readonly bySocket = new WeakMap<WebSocket, SyncConnection>();

  constructor(
    private readonly config: RelayConfig,
    private readonly services: RelayServices,
    private readonly caps: ConnectionCaps,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes * 2 });
    this.stopLiveness = watchLiveness(
      this.wss,
      config.pingIntervalMs,
      (ws) => this.bySocket.get(ws)?.socket.catchingUp ?? false,
    );
    this.replyBudget = new StateReplyBudget(config.stateReplyBudgetBytes);
  }

  get connections(): number {
    return this.services.access.open.size;
  }

  readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const { log } = this.services;
    socket.on('error', (error) => log.warn({ err: error }, 'upgrade socket error'));
    if (!(req.url ?? '').startsWith('/sync/')) {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\n\r\n');
      return;
    }
    if (!originAllowed(req.headers, this.config.allowedOrigins)) {
      log.info({ origin: req.headers.origin }, 'sync socket from a foreign page refused');
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
      return;
    }
    // The HTTP server's request timeout no longer applies once upgraded: admission has its own.
    (socket as Socket).setTimeout(0);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // handleUpgrade does not emit 'connection' by itself; the liveness check listens for it.
      this.wss.emit('connection', ws, req);
      this.onSocket(ws, socket, req).catch((error: unknown) => {
        log.error({ err: error }, 'connection failed');
        ws.close(CLOSE.serverError, 'relay error; retrying');
      });
    });
  };

  /** Closes every connection (1012) and waits up to a second for the closing handshakes. */
  async closeAll(): Promise<void> {
    this.stopLiveness();
    for (const c of this.services.access.open) c.close(CLOSE.restarting, 'relay restarting');
    await allClosed([...this.wss.clients], 1000);
    for (const ws of this.wss.clients) ws.terminate();
  }

  private async onSocket(ws: WebSocket, socket: Duplex, req: IncomingMessage) {
    const { metrics, log } = this.services;
    metrics.connections.inc();
    ws.on('close', () => metrics.connections.dec());
    ws.on('error', (error) => log.warn({ err: error }, 'websocket error'));
    const { verdict, early } = await this.admit(ws, req);
    if ('code' in verdict) {
      const level = verdict === UNAVAILABLE ? 'debug' : 'info';
      log[level]({ url: req.url?.split('?')[0], ...verdict }, 'connection refused');
      // Read again, so the closing handshake can complete.
      ws.resume();
      ws.close(verdict.code, verdict.reason);
      return;
    }
    if (ws.readyState !== ws.OPEN) return;
    if (this.caps.accountOpened(verdict.identity.userId)) {
      metrics.connectionsRefused.inc({ limit: 'account' });
      ws.resume();
      ws.close(CLOSE.tryLater, 'too many open connections for this account; retrying later');
      return;
    }
    await this.open(ws, socket, verdict, early);
  }

  /** Who this is, decided before anything is sent; what the client sends meanwhile waits. */
  private async admit(ws: WebSocket, req: IncomingMessage) {
    const { access, log } = this.services;
    const early: Uint8Array[] = [];
    ws.pause();
    const hold = (data: Buffer) => early.push(data);
    ws.on('message', hold);
    const deadline = setTimeout(
      () => ws.terminate(),
      Math.max(this.config.preauthTimeoutMs, this.config.storeTimeoutMs),
    );
    const verdict = await access.admit(req.url ?? '/').catch((error: unknown): Refusal => {
      // An unreachable store was logged once when it went; each retrying client is not news.
      if (error instanceof StoreUnavailable) return UNAVAILABLE;
      log.error({ err: error }, 'authorisation failed');
      return { code: CLOSE.serverError, reason: 'the relay could not check access; retrying' };
    });
    clearTimeout(deadline);
    ws.off('message', hold);
    return { verdict, early };
  }

  private async open(ws: WebSocket, socket: Duplex, verdict: Admission, early: Uint8Array[]) {
    const { access, registry, metrics, log } = this.services;
    const connection = new SyncConnection(ws, socket, verdict.docName, verdict.identity, {
      registry,
      limits: this.config,
      replyBudget: this.replyBudget,
      metrics,
      log,
    });
    access.open.add(connection);
    this.bySocket.set(ws, connection);
    // An expired token ends the connection; the app refreshes it and reconnects.
    const expiry = setTimeout(
      () => connection.close(CLOSE.unauthenticated, 'token expired'),
      verdict.tokenExpiresAtMs - Date.now(),
    );
    ws.on('close', () => {
      clearTimeout(expiry);
      access.open.delete(connection);
      this.caps.accountClosed(verdict.identity.userId);
    });
    await connection.start(early);
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
