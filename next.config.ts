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
    // No Node Buffer polyfill in the browser: lib/browser-stubs/node-buffer.ts says why.
    resolveAlias: {
      buffer: { browser: './lib/browser-stubs/node-buffer.ts' },
      'node:buffer': { browser: './lib/browser-stubs/node-buffer.ts' },
      'next/dist/compiled/buffer': { browser: './lib/browser-stubs/node-buffer.ts' },
    },
  },
  // From the sources, not random: an unchanged app rebuilds to the same files (scripts/build-id.mjs).
  generateBuildId: () => contentBuildId(ROOT),
};

export default config;
