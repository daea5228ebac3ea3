import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Refusal } from './access-guard.ts';
import type { RelayConfig } from './config.ts';
import { watchLiveness } from './liveness.ts';
import { StoreUnavailable } from './reachability.ts';
import type { RelayServices } from './relay-services.ts';
import { CLOSE, SyncConnection } from './sync-connection.ts';

const UNAVAILABLE: Refusal = {
  code: CLOSE.serverError,
  reason: 'the relay cannot reach its storage; retrying',
};

/** `/sync/<doc>`: WebSocket upgrades, who may open what, and the open connections. */
export class SyncEndpoint {
  private readonly wss: WebSocketServer;
  private readonly stopLiveness: () => void;

  constructor(
    private readonly config: RelayConfig,
    private readonly services: RelayServices,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes * 2 });
    this.stopLiveness = watchLiveness(this.wss, config.pingIntervalMs);
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
    const { metrics, log, access, registry } = this.services;
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
      limits: this.config,
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
