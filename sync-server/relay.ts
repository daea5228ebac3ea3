import { createServer, type Server } from 'node:http';
import type { RelayConfig } from './config.ts';
import { createHttpHandler } from './http-handler.ts';
import { createLogger } from './log.ts';
import { openServices } from './relay-services.ts';
import { SyncEndpoint } from './sync-endpoint.ts';

export type RunningRelay = {
  port: number;
  /** Stops accepting, closes every connection (1012), stores every loaded document, closes the db. */
  close(): Promise<void>;
};

/** Starts the relay: the static app, the JSON API, `/healthz`, `/metrics` and `/sync/<doc>`. */
export async function startRelay(config: RelayConfig): Promise<RunningRelay> {
  const log = createLogger(config.logLevel);
  const services = await openServices(config, log);
  const sync = new SyncEndpoint(config, services);
  const server = createServer(createHttpHandler(config, services, () => sync.connections));
  server.on('upgrade', sync.onUpgrade);
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await sync.closeAll();
    await services.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port, dataDir: config.dataDir, appDir: config.appDir }, 'relay listening');

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await sync.closeAll();
      server.closeAllConnections();
      await services.close();
      await stopped;
      log.info('relay stopped; everything stored');
    })();
    return closing;
  };
  return { port, close };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}
