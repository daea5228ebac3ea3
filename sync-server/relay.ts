import { createServer, type Server } from 'node:http';
import type { RelayConfig } from './config.ts';
import { createHttpHandlers } from './http-handler.ts';
import { ConnectionCaps, globalCap, openFileLimit } from './connection-caps.ts';
import { createRelayLogger } from './log.ts';
import { guardSockets } from './socket-guard.ts';
import { openServices } from './relay-services.ts';
import { SyncEndpoint } from './sync-endpoint.ts';

export type RunningRelay = {
  port: number;
  /** The admin listener's port (ADMIN_PORT), or null when there is none. */
  adminPort: number | null;
  /** Stops accepting, closes every connection (1012), stores every loaded document, closes the db. */
  close(): Promise<void>;
};

/** Starts the relay: the static app, the JSON API, `/healthz`, `/metrics` and `/sync/<doc>`. */
export async function startRelay(config: RelayConfig): Promise<RunningRelay> {
  const { log, ring } = createRelayLogger(config);
  const services = await openServices(config, log, ring);
  const caps = new ConnectionCaps({
    total: globalCap(config.maxConnections, openFileLimit()),
    perIp: config.maxConnectionsPerIp,
    perAccount: config.maxConnectionsPerAccount,
  });
  const sync = new SyncEndpoint(config, services, caps);
  const handlers = createHttpHandlers(config, services, () => sync.connections);
  // Checked often, so that an idle socket goes within a second of its deadline.
  const checkingMs = Math.min(1000, Math.ceil(config.preauthTimeoutMs / 2));
  const server = createServer({ connectionsCheckingInterval: checkingMs }, handlers.public);
  guardSockets(server, caps, services.metrics, config.preauthTimeoutMs);
  server.on('upgrade', sync.onUpgrade);
  const admin = config.adminPort === null ? null : createServer(handlers.admin);
  try {
    await listen(server, config.port, config.host);
    if (admin && config.adminPort !== null) await listen(admin, config.adminPort, config.adminHost);
  } catch (error) {
    server.close();
    await sync.closeAll();
    await services.close();
    throw error;
  }
  const port = portOf(server) ?? config.port;
  const adminPort = admin ? portOf(admin) : null;
  const { appDir, dataDir } = config;
  log.info(
    { port, adminPort, dataDir, appDir, maxConnections: caps.caps.total },
    'relay listening',
  );

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      const stopped = Promise.all(
        [server, admin].map(
          (s) => new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve())),
        ),
      );
      await sync.closeAll();
      server.closeAllConnections();
      admin?.closeAllConnections();
      await services.close();
      await stopped;
      log.info('relay stopped; everything stored');
    })();
    return closing;
  };
  return { port, adminPort, close };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

function portOf(server: Server): number | null {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : null;
}
