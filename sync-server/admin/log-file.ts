import { open } from 'node:fs/promises';
import { matches, parseLine, type LogFilter, type LogLine } from './log-ring.ts';

/** How much of the file sink's end the console reads: recent lines, never the whole file. */
const TAIL_BYTES = 4 * 1024 * 1024;

/** The lines of the file sink's last 4 MiB that pass the filter, newest first. */
export async function readLogFile(path: string, filter: LogFilter): Promise<LogLine[]> {
  let text: string;
  try {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const start = Math.max(0, size - TAIL_BYTES);
      const buffer = Buffer.alloc(size - start);
      await file.read(buffer, 0, buffer.length, start);
      text = buffer.toString('utf8');
    } finally {
      await file.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: LogLine[] = [];
  const lines = text.split('\n');
  // The first line may be cut by the tail's start; parseLine drops it.
  for (let i = lines.length - 1; i >= 0 && found.length < filter.limit; i -= 1) {
    const entry = parseLine(lines[i] ?? '');
    if (entry && matches(entry, filter)) found.push(entry.line);
  }
  return found;
}
