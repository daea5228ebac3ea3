// `npm run bench`: runs every bench/*.bench.ts (or those whose names contain the given words).
// Each benchmark prints its own lines: ratios against a reference measured in the same run first,
// absolute figures for context after.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

type Bench = { default: () => Promise<void> };

const dir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as Bench;
  await mod.default();
}
