'use client';

import type { ExportFormat } from '@/engine/export/export-format';
import { readActivityStreams, readOriginalFile } from '@/lib/store/activity-doc';
import type { ActivitySummary } from '@/lib/store/activity-summary-schema';
import { activityDocName } from '@/lib/store/doc-names';
import { acquireDoc, releaseDoc } from '@/lib/store/doc-registry';
import { streamsToColumns } from '@/lib/store/stream-columns';
import { getDataWorker } from './data-client';
import { downloadFile } from './download-file';

export type ExportOutcome =
  { ok: true; fileName: string; fromOriginal: boolean } | { ok: false; message: string };

/** Downloads one activity as FIT, GPX or TCX (written in the data worker). */
export async function exportActivity(
  athleteId: string,
  summary: ActivitySummary,
  format: ExportFormat,
): Promise<ExportOutcome> {
  const name = activityDocName(athleteId, summary.id);
  const open = acquireDoc(name);
  let input;
  try {
    const doc = await open.ready;
    const streams = readActivityStreams(doc);
    input = {
      summary,
      format,
      original: readOriginalFile(doc),
      columns: streams ? streamsToColumns(streams) : null,
    };
  } finally {
    releaseDoc(name);
  }
  const result = await getDataWorker().exportActivityFile(input);
  if (!result.ok) return { ok: false, message: result.error.message };
  downloadFile(new Blob([result.bytes as BlobPart], { type: result.mimeType }), result.fileName);
  return { ok: true, fileName: result.fileName, fromOriginal: result.fromOriginal };
}
