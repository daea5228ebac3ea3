import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Dead peers: every `intervalMs` each socket is pinged, and one that has not answered the
 * previous ping by then is dropped. Returns a function that stops the checks.
 */
export function watchLiveness(wss: WebSocketServer, intervalMs: number): () => void {
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (ws: WebSocket) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
  });
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
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
