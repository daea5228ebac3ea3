import { gunzipSync, gzipSync } from 'fflate';
import { z } from 'zod';

export const originalFormatSchema = z.enum(['fit', 'gpx', 'tcx']);
export type OriginalFormat = z.infer<typeof originalFormatSchema>;

/** The file an activity was imported from, as the athlete gave it, gzip-compressed. */
export const originalFileSchema = z.object({
  fileName: z.string().min(1).max(255),
  format: originalFormatSchema,
  gzip: z.instanceof(Uint8Array),
});

export type OriginalFile = z.infer<typeof originalFileSchema>;

/**
 * An original larger than this once compressed is not kept (its streams still are, and export
 * writes the file from them): the activity document travels to the relay in one message of at
 * most 8 MiB, and the streams need room too.
 */
export const MAX_ORIGINAL_GZIP_BYTES = 4 * 1024 * 1024;

/**
 * Compresses an imported file for keeping (fflate, RFC 1952 gzip). CPU-heavy for big files, so
 * the engine worker calls it, never the page. The header carries the name and no time, so the
 * same file always packs to the same bytes.
 */
export function packOriginalFile(
  bytes: Uint8Array,
  fileName: string,
  format: string,
): OriginalFile | null {
  const parsedFormat = originalFormatSchema.safeParse(format);
  if (!parsedFormat.success) return null;
  const name = fileName.slice(-255) || `activity.${parsedFormat.data}`;
  const gzip = gzipSync(bytes, { level: 6, mtime: 0, filename: name });
  if (gzip.byteLength > MAX_ORIGINAL_GZIP_BYTES) return null;
  return { fileName: name, format: parsedFormat.data, gzip };
}

export function unpackOriginalFile(original: OriginalFile): Uint8Array {
  return gunzipSync(original.gzip);
}
