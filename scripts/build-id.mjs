// The build id Next writes into every exported page and router payload, made from what the app is
// built from rather than Next's random default: two builds of the same tree then give the same
// out/ and the same service-worker precache list, so a deploy that changes nothing does not make
// every installed app offer a "new version". Hashing the files (not asking git) works the same in
// a fresh clone, in a copy without .git, and with uncommitted edits.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders and files under the project root that `next build` turns into the app. */
export const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'engine',
  'public',
  'package-lock.json',
  'next.config.ts',
  'tsconfig.json',
  'postcss.config.mjs',
];

// Tests and their fixtures never reach the bundle; a change to them is not a new version.
const NOT_SHIPPED = /(^|\/)(fixtures|test-support)\/|\.test\.[cm]?[jt]sx?$/;

/** Every file below `path`, as paths relative to `root` with forward slashes. */
function filesBelow(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => filesBelow(root, join(path, name)));
}

/**
 * A hex digest of the build inputs below `root`: each file's path and bytes, in sorted order, and
 * the `NEXT_PUBLIC_*` variables Next inlines into the bundle.
 * @param {string} root
 * @param {{ inputs?: string[], env?: Record<string, string | undefined> }} [options]
 * @returns {string}
 */
export function contentBuildId(root, { inputs = BUILD_INPUTS, env = process.env } = {}) {
  const hash = createHash('sha256');
  const files = inputs
    .flatMap((input) => filesBelow(root, input))
    .map((path) => relative(root, join(root, path)).split(sep).join('/'))
    .filter((path) => !NOT_SHIPPED.test(path))
    .sort();
  for (const path of files) {
    const bytes = readFileSync(join(root, path));
    hash.update(`${path}\0${bytes.length}\0`).update(bytes);
  }
  const publicEnv = Object.entries(env)
    .filter(([name]) => name.startsWith('NEXT_PUBLIC_'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, value] of publicEnv) hash.update(`env\0${name}=${value ?? ''}\0`);
  return hash.digest('hex').slice(0, 20);
}
