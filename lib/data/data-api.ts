import { readStoredUpdate, storedDocNames } from '@/lib/store/stored-docs';
import { readArchive, type ArchiveResult } from './archive-reader';
import { writeArchive, type ArchiveMeta, type ArchiveProgress } from './archive-writer';
import type { ArchiveManifest } from './archive-manifest';
import {
  exportActivityFile,
  type ActivityExport,
  type ActivityExportInput,
} from './export-activity-file';

/**
 * The athlete's data work as the data worker exposes it: writing files and archives and reading
 * archives are CPU-heavy (compression, encoding), so none of it runs on the page. Plain functions,
 * so Node tests call them directly; the worker reads IndexedDB itself.
 */
export const dataApi = {
  exportActivityFile(input: ActivityExportInput): ActivityExport {
    return exportActivityFile(input);
  },

  /** Every stored document of the athlete in one zip (see archive-writer). */
  async buildArchive(
    athleteId: string,
    meta: ArchiveMeta,
    onProgress: (progress: ArchiveProgress) => void,
  ): Promise<{ blob: Blob; manifest: ArchiveManifest }> {
    const names = await storedDocNames(athleteId);
    return writeArchive(athleteId, { names, read: readStoredUpdate }, meta, onProgress);
  },

  readArchive(bytes: Uint8Array, fileName: string): ArchiveResult {
    return readArchive(bytes, fileName);
  },
};

export type DataApi = typeof dataApi;
