import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import config from '../next.config.ts';
import { contentBuildId } from './build-id.mjs';
import { makeTempDir, removeTempTrees, writeTempTree } from './temp-tree.ts';

/** A miniature project tree (not a git checkout), shaped like ours. */
const fakeTree = (files: Record<string, string>) => writeTempTree(files, 'splits-build-id-');

const TREE = {
  'app/page.tsx': 'export default function Page() { return <h1>Today</h1>; }',
  'components/home/home-screen.tsx': 'export function HomeScreen() {}',
  'lib/store/doc-names.ts': 'export const PROFILE = "profile";',
  'engine/load/trimp.ts': 'export const K = 1.92;',
  'engine/load/trimp.test.ts': 'it("works", () => {});',
  'engine/formats/fixtures/run.gpx': '<gpx/>',
  'public/manifest.webmanifest': '{"name":"Splits"}',
  'package-lock.json': '{"lockfileVersion":3}',
  'next.config.ts': 'export default {};',
  'README.md': '# Splits',
};
const NO_ENV = {};

afterEach(removeTempTrees);

describe('contentBuildId', () => {
  it('is the same for the same tree, wherever it is copied', () => {
    const first = fakeTree(TREE);
    const copy = makeTempDir('splits-build-id-copy-');
    cpSync(first, copy, { recursive: true });
    expect(contentBuildId(first, { env: NO_ENV })).toMatch(/^[0-9a-f]{20}$/);
    expect(contentBuildId(copy, { env: NO_ENV })).toBe(contentBuildId(first, { env: NO_ENV }));
  });

  it('changes when a source file, a public file or the lockfile changes', () => {
    const before = contentBuildId(fakeTree(TREE), { env: NO_ENV });
    for (const [path, content] of [
      ['engine/load/trimp.ts', 'export const K = 1.67;'],
      ['public/manifest.webmanifest', '{"name":"Splits!"}'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
    ] as const) {
      expect(contentBuildId(fakeTree({ ...TREE, [path]: content }), { env: NO_ENV })).not.toBe(
        before,
      );
    }
  });

  it('changes when a file is added or renamed, even with the same bytes', () => {
    const before = contentBuildId(fakeTree(TREE), { env: NO_ENV });
    const added = fakeTree({ ...TREE, 'app/plan/page.tsx': 'export default function P() {}' });
    expect(contentBuildId(added, { env: NO_ENV })).not.toBe(before);
    const { 'lib/store/doc-names.ts': names, ...rest } = TREE;
    const renamed = fakeTree({ ...rest, 'lib/store/doc-name.ts': names });
    expect(contentBuildId(renamed, { env: NO_ENV })).not.toBe(before);
  });

  it('ignores tests, fixtures and files the app is not built from', () => {
    const before = contentBuildId(fakeTree(TREE), { env: NO_ENV });
    const changed = fakeTree({
      ...TREE,
      'engine/load/trimp.test.ts': 'it("works better", () => {});',
      'engine/formats/fixtures/run.gpx': '<gpx version="1.1"/>',
      'README.md': '# Splits, the training app',
      'sync-server/main.ts': 'console.log("relay");',
    });
    expect(contentBuildId(changed, { env: NO_ENV })).toBe(before);
  });

  it('changes with the NEXT_PUBLIC_ variables Next inlines, and only those', () => {
    const dir = fakeTree(TREE);
    const plain = contentBuildId(dir, { env: NO_ENV });
    expect(contentBuildId(dir, { env: { PORT: '8787' } })).toBe(plain);
    expect(contentBuildId(dir, { env: { NEXT_PUBLIC_RELAY: 'wss://a' } })).not.toBe(plain);
  });
});

describe('next.config.ts', () => {
  it('builds with the content id of this project', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    expect(await config.generateBuildId?.()).toBe(contentBuildId(root));
  });
});
