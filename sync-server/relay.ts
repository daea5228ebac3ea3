import { createServer, type Server } from 'node:http';
import type { RelayConfig } from './config.ts';
import { createHttpHandlers } from './http-handler.ts';
import { createLogger } from './log.ts';
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
  const log = createLogger(config.logLevel);
  const services = await openServices(config, log);
  const sync = new SyncEndpoint(config, services);
  const handlers = createHttpHandlers(config, services, () => sync.connections);
  const server = createServer(handlers.public);
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
  log.info({ port, adminPort, dataDir: config.dataDir, appDir: config.appDir }, 'relay listening');

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
