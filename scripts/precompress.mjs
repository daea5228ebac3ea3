// Precompresses the static export, after `next build` and `scripts/build-sw.mjs`: a brotli (.br)
// and a gzip (.gz) copy beside every text file, so the relay sends the smallest copy the browser
// takes (sync-server/static-files.ts) without compressing on each request. Node's zlib, at the
// highest levels: done once per build, read many times.
import { readdir, stat, unlink, writeFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Text the relay may send; images and fonts are compressed formats already.
const TEXT = /\.(html|js|css|json|webmanifest|svg|txt|map)$/;
// Below this a compressed copy saves less than its Content-Encoding header costs.
const MIN_BYTES = 256;
// zlib runs on libuv's thread pool; a few files at a time keep every core busy, no more.
const PARALLEL = 4;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const ENCODERS = {
  '.br': (bytes) =>
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  '.gz': (bytes) => gz(bytes, { level: constants.Z_BEST_COMPRESSION }),
};

/** Every text file under `dir`, as absolute paths. */
async function textFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && TEXT.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Writes (or refreshes) one file's copies; a copy that would not be smaller is removed instead. */
async function compressFile(path) {
  const bytes = await readFile(path);
  const saved = { original: bytes.length, br: bytes.length, gz: bytes.length };
  for (const [suffix, encode] of Object.entries(ENCODERS)) {
    const copy = bytes.length >= MIN_BYTES ? await encode(bytes) : null;
    if (copy && copy.length < bytes.length) {
      await writeFile(path + suffix, copy);
      saved[suffix.slice(1)] = copy.length;
    } else {
      await unlink(path + suffix).catch((error) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  }
  return saved;
}

/** Compresses every text file of the export; answers the totals, in bytes. */
export async function precompress(appDir) {
  if (!(await stat(appDir)).isDirectory()) throw new Error(`${appDir} is not a folder`);
  const queue = await textFiles(appDir);
  const totals = { files: queue.length, original: 0, br: 0, gz: 0 };
  const worker = async () => {
    for (let path = queue.pop(); path; path = queue.pop()) {
      const saved = await compressFile(path);
      totals.original += saved.original;
      totals.br += saved.br;
      totals.gz += saved.gz;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return totals;
}

async function main() {
  const appDir = resolve(process.argv[2] ?? join(ROOT, 'out'));
  const started = performance.now();
  const { files, original, br, gz: gzBytes } = await precompress(appDir);
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(
    `Precompressed ${files} files in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${kib(original)} → brotli ${kib(br)}, gzip ${kib(gzBytes)}.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
