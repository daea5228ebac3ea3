import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy, inlineScriptHashes, SECURITY_HEADERS } from './security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

type Found = { path: string; mtimeMs: number; size: number };

async function fileAt(path: string): Promise<Found | null> {
  try {
    const s = await stat(path);
    if (s.isFile()) return { path, mtimeMs: s.mtimeMs, size: s.size };
    if (s.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return null;
    throw error;
  }
  return null;
}

export type StaticOptions = {
  root: string;
  /** Serve `*.map` (source maps); off in production unless asked for (SERVE_SOURCE_MAPS). */
  sourceMaps: boolean;
};

/** An HTML page with its policy, kept until the file changes. */
type Page = { mtimeMs: number; size: number; body: Buffer; policy: string };

/** Serves the static export; answers false when it has nothing for the request. */
export function createStaticFiles({ root, sourceMaps }: StaticOptions) {
  const pages = new Map<string, Page>();

  const page = async (file: Found): Promise<Page> => {
    const cached = pages.get(file.path);
    if (cached && cached.mtimeMs === file.mtimeMs && cached.size === file.size) return cached;
    const body = await readFile(file.path);
    const policy = contentSecurityPolicy(inlineScriptHashes(body.toString('utf8')));
    const fresh = { mtimeMs: file.mtimeMs, size: file.size, body, policy };
    pages.set(file.path, fresh);
    return fresh;
  };

  return async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    decodedPath: string,
  ): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const full = join(root, normalize(decodedPath));
    if (full !== root && !full.startsWith(root + sep)) return false;
    const file = (await fileAt(full)) ?? (await fileAt(`${full}.html`));
    if (!file) return false;
    const type = extname(file.path);
    if (type === '.map' && !sourceMaps) return false;
    const immutable = file.path.includes(`${sep}_next${sep}static${sep}`);
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (type === '.html') {
      const { body, policy } = await page(file);
      res.writeHead(200, { ...headers, 'content-security-policy': policy });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file.path).pipe(res);
    return true;
  };
}
