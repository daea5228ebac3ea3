// Test support for the scripts' tests: small file trees in the system's temporary folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];

/** Writes `files` (relative path → content) into a new temporary folder and returns it. */
export function writeTempTree(files: Record<string, string>, prefix = 'splits-'): string {
  const dir = makeTempDir(prefix);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** An empty temporary folder, removed by `removeTempTrees`. */
export function makeTempDir(prefix = 'splits-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder made since the last call (for `afterEach`). */
export function removeTempTrees(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
