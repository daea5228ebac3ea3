import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import * as Y from 'yjs';
import type { DocKind } from '@/lib/store/doc-names';
import {
  ARCHIVE_VERSION,
  documentPath,
  MANIFEST_PATH,
  manifestSchema,
  type ArchiveManifest,
} from './archive-manifest';

export type ArchiveDocument = { kind: DocKind; id: string | null; state: Uint8Array };
export type ArchiveContents = { manifest: ArchiveManifest; documents: ArchiveDocument[] };

export type ArchiveErrorType = 'NotAZip' | 'NotASplitsArchive' | 'NewerArchive' | 'Damaged';
export type ArchiveError = { type: ArchiveErrorType; message: string };
export type ArchiveResult =
  { ok: true; contents: ArchiveContents } | { ok: false; error: ArchiveError };

const failure = (type: ArchiveErrorType, message: string): ArchiveResult => ({
  ok: false,
  error: { type, message },
});

function unzip(bytes: Uint8Array): Unzipped | null {
  try {
    // Only what a restore needs: the manifest and the Yjs states, not the JSON or the files.
    return unzipSync(bytes, {
      filter: (file) => file.name === MANIFEST_PATH || file.name.endsWith('.yjs'),
    });
  } catch (error) {
    console.warn('Not a readable zip', error);
    return null;
  }
}

function parseManifest(text: string): ArchiveManifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    console.warn('The manifest is not JSON', error);
    return null;
  }
}

/** Whether the bytes are a Yjs update this build can read. */
function readableState(state: Uint8Array): boolean {
  try {
    Y.applyUpdate(new Y.Doc(), state);
    return true;
  } catch (error) {
    console.warn('A document state could not be read', error);
    return false;
  }
}

/**
 * Reads a Splits archive (see archive-writer) and checks all of it before anything is restored:
 * a file that is not a zip, has no Splits manifest, comes from a newer format, or holds a damaged
 * document is refused as a whole, with a sentence naming the problem.
 */
export function readArchive(bytes: Uint8Array, fileName: string): ArchiveResult {
  const label = `“${fileName}”`;
  const files = unzip(bytes);
  if (!files) {
    return failure(
      'NotAZip',
      `${label} is not a Splits archive: it is not a zip file. Choose the .zip that “Download everything” saved.`,
    );
  }
  const manifestBytes = files[MANIFEST_PATH];
  const manifest = manifestBytes ? parseManifest(strFromU8(manifestBytes)) : null;
  if (!manifest) {
    return failure(
      'NotASplitsArchive',
      `${label} is a zip file but not a Splits archive: it has no Splits manifest. Choose the .zip that “Download everything” saved.`,
    );
  }
  if (manifest.version > ARCHIVE_VERSION) {
    return failure(
      'NewerArchive',
      `${label} was made by a newer version of Splits. Update the app (reload the page), then bring it back again.`,
    );
  }
  const documents: ArchiveDocument[] = [];
  for (const entry of manifest.documents) {
    const state = files[`${entry.path}.yjs`];
    const needsId = entry.kind === 'plan' || entry.kind === 'activity';
    const wellNamed =
      needsId === (entry.id !== null) && entry.path === documentPath(entry.kind, entry.id);
    if (!state || !wellNamed || !readableState(state)) {
      return failure(
        'Damaged',
        `${label} is damaged: ${entry.path}.yjs is missing or unreadable, so nothing was brought back. Try downloading the archive again.`,
      );
    }
    documents.push({ kind: entry.kind, id: entry.id, state });
  }
  return { ok: true, contents: { manifest, documents } };
}
