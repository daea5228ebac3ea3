// Printing: a ratio against the floor measured in the same run first, absolute figures after,
// as every Splits benchmark does; and the whole run as JSON for later comparison.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { report } from '../measure.ts';

export { report };

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
export const msText = (value: number) => `${Math.round(value)} ms`;

/** Writes the run's figures and every Lighthouse report under `dir` (gitignored). */
export function saveRun(dir: string, figures: unknown, reports: Record<string, unknown[]>): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const runDir = join(dir, stamp);
  mkdirSync(runDir, { recursive: true });
  writeFileSync(join(runDir, 'figures.json'), JSON.stringify(figures, null, 2));
  for (const [name, list] of Object.entries(reports)) {
    list.forEach((lhr, i) =>
      writeFileSync(
        join(runDir, `${name.replace(/\W+/g, '_')}-${i + 1}.json`),
        JSON.stringify(lhr),
      ),
    );
  }
  return runDir;
}
