import type { NextConfig } from 'next';
import { fileURLToPath } from 'node:url';
import { contentBuildId } from './scripts/build-id.mjs';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

// Static export: the relay (sync-server/) serves `out/` on the same port as the API and WebSocket.
const config: NextConfig = {
  output: 'export',
  images: { unoptimized: true },
  trailingSlash: true,
  // `npm test` type-checks the whole project with tsc; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    root: ROOT,
    // lib0 (Yjs) names Node's global Buffer on a path only Node takes; without this the browser
    // build ships a Buffer polyfill to every page. Nothing in the app runs that path.
    resolveAlias: { buffer: { browser: './lib/no-node-buffer.ts' } },
  },
  // From the sources, not random: an unchanged app rebuilds to the same files (scripts/build-id.mjs).
  generateBuildId: () => contentBuildId(ROOT),
};

export default config;
