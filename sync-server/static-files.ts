import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { acceptedEncodings, SUFFIX, type Encoding } from './content-encoding.ts';
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

/** Text the build precompresses (scripts/precompress.mjs); images and fonts are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
]);

// Next puts a content hash in every file name under /_next/static/: a name never changes content.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Pages, the service worker and the manifest keep their names: the browser asks each time (304).
const REVALIDATE = 'no-cache';

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

/** A precompressed copy beside the file, if the build wrote one after the file itself. */
async function sidecar(file: Found, accept: string | undefined) {
  for (const encoding of acceptedEncodings(accept)) {
    const copy = await fileAt(file.path + SUFFIX[encoding]);
    if (copy && copy.mtimeMs >= file.mtimeMs) return { ...copy, encoding };
  }
  return null;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` aside, the tags are equal. */
export function matchesTag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

const tagFor = (hash: string, encoding: Encoding | null) =>
  `"${hash}${encoding ? `-${encoding}` : ''}"`;

const hashOf = (bytes: Buffer) =>
  createHash('sha256').update(bytes).digest('base64url').slice(0, 27);

export type StaticOptions = {
  root: string;
  /** Serve `*.map` (source maps); off in production unless asked for (SERVE_SOURCE_MAPS). */
  sourceMaps: boolean;
};

/** What a file's content hashes to, and for a page its body and policy; kept until it changes. */
type Known = {
  mtimeMs: number;
  size: number;
  hash: string;
  page?: { body: Buffer; policy: string };
};

/** Serves the static export; answers false when it has nothing for the request. */
export function createStaticFiles({ root, sourceMaps }: StaticOptions) {
  const known = new Map<string, Known>();

  const learn = async (file: Found, isPage: boolean): Promise<Known> => {
    const cached = known.get(file.path);
    if (cached && cached.mtimeMs === file.mtimeMs && cached.size === file.size) return cached;
    const body = await readFile(file.path);
    const fresh: Known = { mtimeMs: file.mtimeMs, size: file.size, hash: hashOf(body) };
    if (isPage) {
      fresh.page = {
        body,
        policy: contentSecurityPolicy(inlineScriptHashes(body.toString('utf8'))),
      };
    }
    known.set(file.path, fresh);
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
    const isPage = type === '.html';
    const { hash, page } = await learn(file, isPage);
    const compressible = COMPRESSIBLE.has(type);
    const copy = compressible ? await sidecar(file, req.headers['accept-encoding']) : null;
    const etag = tagFor(hash, copy?.encoding ?? null);
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'cache-control': file.path.includes(`${sep}_next${sep}static${sep}`) ? IMMUTABLE : REVALIDATE,
      etag,
      ...(compressible && { vary: 'Accept-Encoding' }),
      ...(page && { 'content-security-policy': page.policy }),
    };
    if (matchesTag(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    if (copy) headers['content-encoding'] = copy.encoding;
    res.writeHead(200, { ...headers, 'content-length': String((copy ?? file).size) });
    if (req.method === 'HEAD') res.end();
    else if (page && !copy) res.end(page.body);
    else createReadStream((copy ?? file).path).pipe(res);
    return true;
  };
}
