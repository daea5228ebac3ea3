import { z } from 'zod';
import type { DocKind } from '@/lib/store/doc-names';

export const ARCHIVE_FORMAT = 'splits-archive';
export const ARCHIVE_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';

const kindSchema = z.enum(['profile', 'journal', 'activities', 'plan', 'activity', 'comments']);

/** manifest.json: what the archive holds, so a person, another tool or a restore can trust it. */
export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  athleteId: z.uuid(),
  counts: z.object({
    documents: z.number().int().nonnegative(),
    activities: z.number().int().nonnegative(),
    plans: z.number().int().nonnegative(),
    journalDays: z.number().int().nonnegative(),
    originalFiles: z.number().int().nonnegative(),
    writtenFiles: z.number().int().nonnegative(),
  }),
  documents: z.array(z.object({ kind: kindSchema, id: z.uuid().nullable(), path: z.string() })),
  files: z.array(
    z.object({
      activityId: z.uuid(),
      path: z.string(),
      source: z.enum(['original', 'written']),
    }),
  ),
});

export type ArchiveManifest = z.infer<typeof manifestSchema>;
export type ArchiveCounts = ArchiveManifest['counts'];

/** `documents/plan/<id>` for `<a>/plan/<id>`: archives name documents without the athlete. */
export function documentPath(kind: DocKind, id: string | null): string {
  return id === null ? `documents/${kind}` : `documents/${kind}/${id}`;
}

/** Files keep their own names, behind the activity id so two "Morning Run.fit" never collide. */
export function activityFilePath(activityId: string, fileName: string): string {
  const safe = fileName.replace(/[/\\]/g, '_').replace(/^\.+/, '_');
  return `files/${activityId}-${safe}`;
}
