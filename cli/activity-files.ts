import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from './io.ts';

const ACTIVITY_FILE = /\.(fit|gpx|tcx)$/i;

/** Every FIT, GPX and TCX file under `dir`, at any depth, in a stable (sorted) order. */
export async function findActivityFiles(dir: string): Promise<string[]> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UsageError(`"${dir}" does not exist.`);
    throw error;
  });
  if (!info.isDirectory())
    throw new UsageError(
      `"${dir}" is not a folder; give the folder that holds your activity files.`,
    );
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((entry) => ACTIVITY_FILE.test(entry))
    .sort()
    .map((entry) => join(dir, entry));
}
