'use client';

import * as Comlink from 'comlink';
import { writesSettled } from '@/lib/store/storage-problems';
import packageJson from '@/package.json';
import type { ArchiveCounts } from './archive-manifest';
import type { ArchiveProgress } from './archive-writer';
import { getDataWorker } from './data-client';
import { downloadFile } from './download-file';

/** Builds the archive of everything in the data worker and downloads it. */
export async function downloadArchive(
  athleteId: string,
  onProgress: (progress: ArchiveProgress) => void,
): Promise<{ fileName: string; counts: ArchiveCounts; bytes: number }> {
  // The worker reads what is on disk: edits still being written belong in the archive.
  await writesSettled();
  const createdAt = new Date().toISOString();
  const { blob, manifest } = await getDataWorker().buildArchive(
    athleteId,
    { appVersion: packageJson.version, createdAt },
    Comlink.proxy(onProgress),
  );
  const fileName = `splits-archive-${createdAt.slice(0, 10)}.zip`;
  downloadFile(blob, fileName);
  return { fileName, counts: manifest.counts, bytes: blob.size };
}
