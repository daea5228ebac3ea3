import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionCaps } from './connection-caps.ts';
import type { Metrics } from './metrics.ts';

/** Extra sockets Node itself may accept above the cap, so that refusals can still be answered. */
const REFUSAL_HEADROOM = 64;

/**
 * Holds the HTTP server to the connection caps and to time: a socket over its address's or the
 * relay's cap is answered (429 / 503) and closed at once, and one that has not sent a complete
 * request within `preauthTimeoutMs` is closed, so idle sockets cannot use up file descriptors.
 */
export function guardSockets(
  server: Server,
  caps: ConnectionCaps,
  metrics: Metrics,
  preauthTimeoutMs: number,
) {
  server.headersTimeout = preauthTimeoutMs;
  server.requestTimeout = preauthTimeoutMs * 2;
  server.maxConnections = caps.caps.total + REFUSAL_HEADROOM;
  server.on('connection', (socket: Socket) => {
    const ip = socket.remoteAddress ?? 'unknown';
    const refusal = caps.socketOpened(ip);
    if (refusal) {
      metrics.connectionsRefused.inc({ limit: refusal });
      const status = refusal === 'ip' ? '429 Too Many Requests' : '503 Service Unavailable';
      socket.end(
        `HTTP/1.1 ${status}\r\nretry-after: 10\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`,
      );
      return;
    }
    socket.once('close', () => caps.socketClosed(ip));
    // Node's own timeouts only start with the first byte; a socket that sends none would stay.
    // On 'timeout' with nobody handling it, the HTTP server destroys the socket.
    socket.setTimeout(preauthTimeoutMs);
  });
  // A request arrived: from here Node's request and keep-alive timeouts apply.
  server.on('request', (req: IncomingMessage) => req.socket.setTimeout(0));
}
