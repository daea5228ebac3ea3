import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadConfig } from './config.ts';
import { serveStatic } from './static-files.ts';

const config = loadConfig();
await mkdir(config.dataDir, { recursive: true });

const server = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true }));
    return;
  }
  serveStatic(config.appDir, req, res)
    .then((served) => {
      if (served) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    })
    .catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
});

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(JSON.stringify({ msg: 'relay listening', port, dataDir: config.dataDir }));
});

function shutdown() {
  server.close(() => process.exit(0));
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
