import type { ImportNote } from '@/engine/activity/types';

/** What became of one file of an import, as the import panel lists it. */
export type FileOutcome =
  | { fileName: string; status: 'imported'; activityId: string; message: string }
  | { fileName: string; status: 'duplicate'; message: string }
  | { fileName: string; status: 'failed'; message: string };

const quoted = (fileName: string) => `"${fileName}"`;

/**
 * A file that could not be imported: its name first (an import of many files lists them all),
 * then the reader's reason ("This GPX file ends before it is complete …").
 */
export function failedOutcome(fileName: string, error: { message: string }): FileOutcome {
  const reason = error.message.trim();
  const message = reason.includes(quoted(fileName))
    ? reason
    : `${quoted(fileName)} could not be imported. ${reason}`;
  return { fileName, status: 'failed', message };
}

/** An imported file; one cut off part-way says it was read up to the cut. */
export function importedOutcome(
  fileName: string,
  activityId: string,
  notes: readonly ImportNote[],
): FileOutcome {
  const cut = notes.some((n) => n.type === 'FileCutShort');
  const message = cut
    ? `${fileName}: imported up to where the file was cut off; the rest of it is missing.`
    : `${fileName}: imported.`;
  return { fileName, status: 'imported', activityId, message };
}

export function duplicateOutcome(fileName: string): FileOutcome {
  return {
    fileName,
    status: 'duplicate',
    message: `${quoted(fileName)} is already in your activities.`,
  };
}
