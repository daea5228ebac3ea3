import type { NextConfig } from 'next';
import { fileURLToPath } from 'node:url';

// Static export: the relay (sync-server/) serves `out/` on the same port as the API and WebSocket.
const config: NextConfig = {
  output: 'export',
  images: { unoptimized: true },
  trailingSlash: true,
  // `npm test` type-checks the whole project with tsc; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: fileURLToPath(new URL('.', import.meta.url)) },
};

export default config;
