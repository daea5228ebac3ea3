import { mimeTypes, type ExportError, type ExportFormat } from '@/engine/export/export-format';
import { writeActivity } from '@/engine/export/write-activity';
import type { ActivitySummary } from '@/lib/store/activity-summary-schema';
import { unpackOriginalFile, type OriginalFile } from '@/lib/store/original-file';
import { columnsToStreams, type StreamColumns } from '@/lib/store/stream-columns';
import { activityForExport, exportBaseName } from './activity-for-export';

export type ActivityExportInput = {
  summary: ActivitySummary;
  /** Null when the activity's recording has not reached this device. */
  columns: StreamColumns | null;
  original: OriginalFile | null;
  format: ExportFormat;
};

export type ActivityExport =
  | { ok: true; bytes: Uint8Array; fileName: string; mimeType: string; fromOriginal: boolean }
  | { ok: false; error: ExportError | { type: 'NoRecording'; message: string } };

/**
 * One activity as a file: the original, byte for byte, when it was imported in that format;
 * otherwise written from the stored streams by the engine's writers. Runs in the data worker.
 */
export function exportActivityFile(input: ActivityExportInput): ActivityExport {
  const { summary, original, format } = input;
  const mimeType = mimeTypes[format];
  if (original && original.format === format) {
    const bytes = unpackOriginalFile(original);
    return { ok: true, bytes, fileName: original.fileName, mimeType, fromOriginal: true };
  }
  const streams = input.columns ? columnsToStreams(input.columns) : null;
  if (!streams) {
    return {
      ok: false,
      error: {
        type: 'NoRecording',
        message:
          'The recording of this activity is not on this device yet. Try again once it has synced.',
      },
    };
  }
  const baseName = exportBaseName(summary);
  const written = writeActivity(activityForExport(summary, streams), format, baseName);
  if (!written.ok) return written;
  const fileName = `${baseName}.${format}`;
  return { ok: true, bytes: written.bytes, fileName, mimeType, fromOriginal: false };
}
