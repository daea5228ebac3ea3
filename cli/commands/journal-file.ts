import { readFile } from 'node:fs/promises';
import { JournalSchema, journalProblem, type Journal } from '../../engine/readiness/journal.ts';
import { UsageError } from '../io.ts';

/** Reads and validates a journal file; every problem is one line naming the file and the field. */
export async function readJournal(path: string): Promise<Journal> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UsageError(`journal "${path}" does not exist.`);
    throw error;
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`journal "${path}" is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = JournalSchema.safeParse(data);
  if (!parsed.success) throw new UsageError(`journal "${path}": ${journalProblem(parsed.error)}.`);
  return parsed.data;
}
