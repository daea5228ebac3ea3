import type { RequestListener, ServerResponse } from 'node:http';
import { createApi } from './api.ts';
import type { RelayConfig } from './config.ts';
import { healthOf } from './health.ts';
import { WindowLimiter } from './rate-limit.ts';
import type { RelayServices } from './relay-services.ts';
import { serveStatic } from './static-files.ts';

/** Plain HTTP: `/healthz`, `/metrics`, the JSON API under `/api`, else the static app. */
export function createHttpHandler(
  config: RelayConfig,
  services: RelayServices,
  connections: () => number,
): RequestListener {
  const { log, access } = services;
  const handleApi = createApi({
    accounts: services.accounts,
    shares: services.shares,
    signingKey: services.storage.signingKey,
    loginLimiter: new WindowLimiter(config.loginAttemptsPerWindow, config.loginWindowS * 1000),
    log,
    onGrantsChanged: (userId) => access.recheckUser(userId),
  });
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://relay').pathname;
    if (path === '/healthz') return sendHealth(services, connections(), res);
    if (path === '/metrics') return sendMetrics(services, res);
    handleApi(req, res, path)
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
  };
}

function sendHealth(services: RelayServices, connections: number, res: ServerResponse) {
  const health = healthOf(services.shared, services.registry.size, connections);
  res.writeHead(health.status === 'unavailable' ? 503 : 200, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(health));
}

function sendMetrics({ metrics, log }: RelayServices, res: ServerResponse) {
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
}
