import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { adminCheck } from './admin-access.ts';
import { adminRoutes } from './admin/admin.ts';
import { createApi } from './api.ts';
import type { RelayConfig } from './config.ts';
import { createCspReportHandler } from './csp-report.ts';
import { healthOf } from './health.ts';
import type { RelayServices } from './relay-services.ts';
import { parseTarget } from './request-target.ts';
import { CSP_REPORT_PATH, SECURITY_HEADERS } from './security-headers.ts';
import { createInviteMailer } from './mail/invite-mailer.ts';
import { createStaticFiles } from './static-files.ts';

type Listeners = { public: RequestListener; admin: RequestListener };

/**
 * Plain HTTP. Public: a bare `/healthz`, the JSON API under `/api`, else the static app; the
 * detailed `/healthz` and `/metrics` only with the admin token. Admin listener: those two alone.
 */
export function createHttpHandlers(
  config: RelayConfig,
  services: RelayServices,
  connections: () => number,
): Listeners {
  const { log, access } = services;
  const isAdmin = adminCheck(config.adminToken);
  const handleApi = createApi({
    accounts: services.accounts,
    shares: services.shares,
    signingKey: services.storage.signingKey,
    signIn: services.signIn,
    log,
    onGrantsChanged: (userId) => access.recheckUser(userId),
    mailInvite: config.mail ? createInviteMailer(config.mail, log) : null,
    moreRoutes: adminRoutes({
      ...services,
      records: services.storage.records,
      docs: services.storage.docs,
      signingKey: services.storage.signingKey,
      refreshTokenTtlDays: config.refreshTokenTtlDays,
      sessionTtlS: config.adminSessionTtlS,
      logFile: config.logFile,
      relayId: config.relayId,
      dataCheckDocBytes: config.dataCheckDocBytes,
      compactAfterUpdates: config.compactAfterUpdates,
    }),
  });
  const serveStatic = createStaticFiles({
    root: config.appDir,
    sourceMaps: config.serveSourceMaps,
  });
  const cspReport = createCspReportHandler(log, services.metrics);
  const adminPaths = (path: string, res: ServerResponse): boolean => {
    if (path === '/healthz') sendHealth(services, connections(), res);
    else if (path === '/metrics') sendMetrics(services, res);
    else return false;
    return true;
  };

  const publicListener: RequestListener = (req, res) => {
    const target = parseTarget(req.url);
    if (!target) return badRequest(services, req, res);
    const { path, decodedPath } = target;
    if (isAdmin(req) && adminPaths(path, res)) return;
    if (path === '/healthz') return sendLiveness(services, res);
    if (path === '/metrics') return plain(res, 401, 'Metrics need the admin token.');
    const work =
      path === CSP_REPORT_PATH
        ? cspReport(req, res).then(() => true)
        : handleApi(req, res, path).then(
            (handled) => handled || serveStatic(req, res, decodedPath),
          );
    work
      .then((served) => {
        if (!served) plain(res, 404, 'Not found');
      })
      .catch((error: unknown) => {
        log.error({ err: error, path }, 'request failed');
        if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
        res.end();
      });
  };
  const adminListener: RequestListener = (req, res) => {
    const target = parseTarget(req.url);
    if (!target) return badRequest(services, req, res);
    if (!adminPaths(target.path, res)) plain(res, 404, 'Not found');
  };
  return { public: publicListener, admin: adminListener };
}

function plain(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** A request target no honest client sends: 400, logged at warn without a stack trace. */
function badRequest({ log }: RelayServices, req: IncomingMessage, res: ServerResponse) {
  log.warn({ url: (req.url ?? '').slice(0, 200), method: req.method }, 'bad request target');
  plain(res, 400, 'Bad request');
}

/** Public liveness: whether this relay can serve, and nothing about what it runs on. */
function sendLiveness(services: RelayServices, res: ServerResponse) {
  const { status } = healthOf(services.shared, 0, 0);
  res.writeHead(status === 'unavailable' ? 503 : 200, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify({ status }));
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
