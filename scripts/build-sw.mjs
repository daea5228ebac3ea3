// Builds the service worker over the static export, after `next build`: @serwist/build lists and
// hashes every file in out/ that the app needs offline (pages, the router's .txt payloads, chunks,
// manifest, icons), and esbuild bundles pwa/sw.ts with that list into out/sw.js. Serwist's Next
// plugin cannot be used: it needs webpack, and Next 16 builds with Turbopack (SYNC-RESEARCH §5).
import { getManifest } from '@serwist/build';
import { build } from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const GLOB_PATTERNS = ['**/*.{html,txt,js,css,json,webmanifest,svg,png,ico,woff2}'];
// sw.js is the worker itself; the 404 and not-found pages are never navigated to in this app.
const GLOB_IGNORES = ['sw.js', '404.html', '404/**', '_not-found/**'];
// The relay answers these live (sync-server/); a cached copy would shadow the real answer.
const SERVER_PATHS = /^\/(api|sync)(\/|$)|^\/(healthz|metrics)$/;
// Next puts a content hash in every file name under /_next/static/, so they need no revision.
const HASHED = /^\/_next\/static\//;
// Big enough for any chunk we ship; a file over it is left out with a warning, not silently.
const MAX_FILE_BYTES = 8 * 1024 * 1024;

export class ServiceWorkerBuildError extends Error {
  name = 'ServiceWorkerBuildError';
}

/**
 * Turns file paths relative to the export into the URLs the browser asks for: `journal/index.html`
 * is the page `/journal/` (trailingSlash), hashed files need no revision; sorted for stable output.
 * @param {{ url: string, revision?: string | null }[]} files
 * @returns {{ url: string, revision: string | null }[]}
 */
export function toPrecacheEntries(files) {
  return files
    .map(({ url, revision }) => {
      const path = `/${url}`.replace(/(^|\/)index\.html$/, '$1');
      return { url: path, revision: HASHED.test(path) ? null : (revision ?? null) };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Writes `<appDir>/sw.js`; returns what it precaches so callers (and tests) can check it. */
export async function buildServiceWorker({
  appDir = join(ROOT, 'out'),
  swSrc = join(ROOT, 'pwa', 'sw.ts'),
} = {}) {
  if (!existsSync(join(appDir, 'index.html'))) {
    throw new ServiceWorkerBuildError(
      `No static export in ${appDir} (index.html is missing): run \`next build\` first.`,
    );
  }
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: appDir,
    globPatterns: GLOB_PATTERNS,
    globIgnores: GLOB_IGNORES,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
  });
  const entries = toPrecacheEntries(manifestEntries ?? []);
  const shadowing = entries.filter((e) => SERVER_PATHS.test(e.url.replace(/\/$/, '')));
  if (shadowing.length > 0) {
    throw new ServiceWorkerBuildError(
      `The export has files at the relay's live paths (${shadowing.map((e) => e.url).join(', ')}); ` +
        'move them, the service worker must not answer those paths from a cache.',
    );
  }
  const swPath = join(appDir, 'sw.js');
  await build({
    entryPoints: [swSrc],
    outfile: swPath,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      PRECACHE_ENTRIES: JSON.stringify(entries),
      'process.env.NODE_ENV': '"production"',
    },
  });
  return { entries, precacheBytes: size, swBytes: statSync(swPath).size, warnings };
}

async function main() {
  const appDir = resolve(process.argv[2] ?? join(ROOT, 'out'));
  const { entries, precacheBytes, swBytes, warnings } = await buildServiceWorker({ appDir });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  console.log(
    `Service worker: ${join(appDir, 'sw.js')} (${(swBytes / 1024).toFixed(1)} kB), precaching ` +
      `${entries.length} files, ${(precacheBytes / 1024).toFixed(0)} kB.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof ServiceWorkerBuildError ? error.message : error);
    process.exit(1);
  });
}
