import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Dead peers: every `intervalMs` each socket is pinged, and one that has not answered the
 * previous ping by then is dropped. A socket the relay stopped reading because the peer has not
 * read what it was sent cannot have answered; `isCatchingUp` says so, and the stall timer judges
 * it instead (see PeerSocket). Returns a function that stops the checks.
 */
export function watchLiveness(
  wss: WebSocketServer,
  intervalMs: number,
  isCatchingUp: (ws: WebSocket) => boolean,
): () => void {
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (ws: WebSocket) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
  });
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (isCatchingUp(ws)) continue;
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, intervalMs);
  return () => clearInterval(timer);
}
