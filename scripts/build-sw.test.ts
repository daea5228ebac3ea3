import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServiceWorker, ServiceWorkerBuildError, toPrecacheEntries } from './build-sw.mjs';
import { removeTempTrees, writeTempTree } from './temp-tree.ts';

/** A miniature static export, shaped like Next's `out/` with trailingSlash. */
const fakeExport = (files: Record<string, string>) => writeTempTree(files, 'splits-sw-');

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

const EXPORT = {
  'index.html': '<h1>Home</h1>',
  'index.txt': 'home payload',
  'journal/index.html': '<h1>Journal</h1>',
  'journal/__next._tree.txt': 'journal tree',
  '_next/static/chunks/abc123.js': 'console.log(1)',
  '_next/static/chunks/def456.css': 'body{}',
  'manifest.webmanifest': '{}',
  'icon-192.png': 'png',
  'offline.html': '<h1>Offline</h1>',
  '404.html': 'not found',
  '404/index.html': 'not found',
  '_not-found/index.html': 'not found',
  'sw.js': '// stand-in',
};

afterEach(removeTempTrees);

describe('toPrecacheEntries', () => {
  it('maps index.html files to the trailing-slash page URLs the browser asks for', () => {
    const entries = toPrecacheEntries([
      { url: 'plan/index.html', revision: 'b' },
      { url: 'index.html', revision: 'a' },
      { url: 'offline.html', revision: 'c' },
    ]);
    expect(entries).toEqual([
      { url: '/', revision: 'a' },
      { url: '/offline.html', revision: 'c' },
      { url: '/plan/', revision: 'b' },
    ]);
  });

  it('drops the revision of content-hashed Next files only', () => {
    const entries = toPrecacheEntries([
      { url: '_next/static/chunks/x.js', revision: 'r1' },
      { url: 'index.txt', revision: 'r2' },
    ]);
    expect(entries).toEqual([
      { url: '/_next/static/chunks/x.js', revision: null },
      { url: '/index.txt', revision: 'r2' },
    ]);
  });
});

describe('buildServiceWorker', () => {
  it('precaches pages, router payloads, chunks, manifest and icons, and nothing else', async () => {
    const dir = fakeExport(EXPORT);
    const { entries } = await buildServiceWorker({ appDir: dir });
    expect(entries.map((e) => e.url)).toEqual([
      '/',
      '/_next/static/chunks/abc123.js',
      '/_next/static/chunks/def456.css',
      '/icon-192.png',
      '/index.txt',
      '/journal/',
      '/journal/__next._tree.txt',
      '/manifest.webmanifest',
      '/offline.html',
    ]);
    expect(entries.find((e) => e.url === '/journal/')?.revision).toBe(md5('<h1>Journal</h1>'));
  });

  it('writes a bundled worker with the list inside it, replacing the stand-in', async () => {
    const dir = fakeExport(EXPORT);
    const { swBytes } = await buildServiceWorker({ appDir: dir });
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).not.toContain('stand-in');
    expect(sw).not.toContain('PRECACHE_ENTRIES');
    expect(sw).toContain(`"/journal/"`);
    expect(sw).toContain(md5('<h1>Journal</h1>'));
    expect(swBytes).toBe(Buffer.byteLength(sw));
  });

  it('gives a page a new revision when its content changes, so the update reaches users', async () => {
    const before = await buildServiceWorker({ appDir: fakeExport(EXPORT) });
    const after = await buildServiceWorker({
      appDir: fakeExport({ ...EXPORT, 'journal/index.html': '<h1>Journal, now with fuel</h1>' }),
    });
    const revisionOf = (r: typeof before, url: string) =>
      r.entries.find((e) => e.url === url)?.revision;
    expect(revisionOf(after, '/journal/')).not.toBe(revisionOf(before, '/journal/'));
    expect(revisionOf(after, '/')).toBe(revisionOf(before, '/'));
  });

  it('gives a byte-identical worker for the same export, so an unchanged deploy is no update', async () => {
    const first = fakeExport(EXPORT);
    const second = fakeExport(EXPORT);
    await buildServiceWorker({ appDir: first });
    await buildServiceWorker({ appDir: second });
    expect(readFileSync(join(second, 'sw.js'))).toEqual(readFileSync(join(first, 'sw.js')));
  });

  it("refuses to precache a file at one of the relay's live paths", async () => {
    const dir = fakeExport({ ...EXPORT, 'api/me.json': '{"userId":"stale"}' });
    await expect(buildServiceWorker({ appDir: dir })).rejects.toThrow(ServiceWorkerBuildError);
    await expect(buildServiceWorker({ appDir: dir })).rejects.toThrow(/\/api\/me\.json/);
  });

  it('says to run next build first when there is no export', async () => {
    const dir = fakeExport({ 'readme.txt': 'empty' });
    await expect(buildServiceWorker({ appDir: dir })).rejects.toThrow(/run `next build` first/);
  });
});
