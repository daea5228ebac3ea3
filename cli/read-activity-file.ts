import { UsageError } from './io.ts';

type ReadFile = (path: string) => Promise<Uint8Array>;

/** The file's bytes, or a usage error that says plainly why it could not be opened. */
export async function readActivityFile(path: string, readFile: ReadFile): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`"${path}" does not exist.`);
    if (code === 'EISDIR') throw new UsageError(`"${path}" is a folder; give one activity file.`);
    if (code === 'EACCES') throw new UsageError(`"${path}" cannot be read (permission denied).`);
    throw error;
  }
}
