import { Zip, ZipDeflate } from 'fflate';
import * as Y from 'yjs';
import { writeFitActivity } from '@/engine/export/write-fit';
import { readActivities } from '@/lib/store/activities-doc';
import { readActivityStreams, readOriginalFile } from '@/lib/store/activity-doc';
import type { ActivitySummary } from '@/lib/store/activity-summary-schema';
import { parseDocName } from '@/lib/store/doc-names';
import { readJournalDays } from '@/lib/store/journal-doc';
import { unpackOriginalFile } from '@/lib/store/original-file';
import { activityForExport, exportBaseName } from './activity-for-export';
import {
  activityFilePath,
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  documentPath,
  MANIFEST_PATH,
  type ArchiveManifest,
} from './archive-manifest';
import { docToJson } from './doc-json';

export type ArchiveProgress = { done: number; total: number };
export type ArchiveMeta = { appVersion: string; createdAt: string };
/** Where the documents come from: their names and each one's stored state. */
export type DocSource = { names: string[]; read: (name: string) => Promise<Uint8Array> };

// Chunks are folded into a Blob every so often, so the browser may keep a large archive on disk.
const FOLD_BYTES = 16 * 1024 * 1024;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function zipCollector(createdAt: Date) {
  const parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    pending.push(chunk);
    pendingBytes += chunk.byteLength;
    if (pendingBytes < FOLD_BYTES) return;
    parts.push(new Blob(pending as BlobPart[]));
    pending = [];
    pendingBytes = 0;
  });
  return {
    add(path: string, bytes: Uint8Array) {
      const file = new ZipDeflate(path, { level: 6 });
      file.mtime = createdAt;
      zip.add(file);
      file.push(bytes, true);
      if (failure) throw failure;
    },
    finish(): Blob {
      zip.end();
      if (failure) throw failure;
      return new Blob([...parts, ...(pending as BlobPart[])], { type: 'application/zip' });
    },
  };
}

const json = (value: unknown, indent: number) =>
  new TextEncoder().encode(JSON.stringify(value, null, indent));

/**
 * Every document of the athlete in one zip: each as JSON (readable) and as its Yjs state
 * (`.yjs`, lossless, what a restore merges), each activity's original file, or a FIT written
 * from the streams for a recorded session, and manifest.json. One document at a time with a
 * yield between them, reporting progress; meant to run in the data worker.
 */
export async function writeArchive(
  athleteId: string,
  source: DocSource,
  meta: ArchiveMeta,
  onProgress: (progress: ArchiveProgress) => void,
): Promise<{ blob: Blob; manifest: ArchiveManifest }> {
  const zip = zipCollector(new Date(meta.createdAt));
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    athleteId,
    counts: {
      documents: 0,
      activities: 0,
      plans: 0,
      journalDays: 0,
      originalFiles: 0,
      writtenFiles: 0,
    },
    documents: [],
    files: [],
  };
  const listName = `${athleteId}/activities`;
  // The list first: a recorded session's FIT is written with its summary's sport and laps.
  const names = [...source.names].sort((a, b) => Number(b === listName) - Number(a === listName));
  const summaries = new Map<string, ActivitySummary>();
  for (const [index, name] of names.entries()) {
    const parsed = parseDocName(name);
    if (!parsed) continue;
    const state = await source.read(name);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const path = documentPath(parsed.kind, parsed.id);
    zip.add(`${path}.json`, json(docToJson(parsed.kind, doc), parsed.kind === 'activity' ? 0 : 2));
    zip.add(`${path}.yjs`, state);
    manifest.documents.push({ kind: parsed.kind, id: parsed.id, path });
    if (parsed.kind === 'activities') {
      for (const summary of readActivities(doc)) summaries.set(summary.id, summary);
      manifest.counts.activities = summaries.size;
    }
    if (parsed.kind === 'journal') manifest.counts.journalDays = readJournalDays(doc).size;
    if (parsed.kind === 'plan') manifest.counts.plans += 1;
    if (parsed.kind === 'activity' && parsed.id) addActivityFile(parsed.id, doc);
    doc.destroy();
    onProgress({ done: index + 1, total: names.length });
    await nextTask();
  }
  manifest.counts.documents = manifest.documents.length;
  zip.add(MANIFEST_PATH, json(manifest, 2));
  return { blob: zip.finish(), manifest };

  function addActivityFile(activityId: string, doc: Y.Doc) {
    const original = readOriginalFile(doc);
    if (original) {
      const path = activityFilePath(activityId, original.fileName);
      zip.add(path, unpackOriginalFile(original));
      manifest.files.push({ activityId, path, source: 'original' });
      manifest.counts.originalFiles += 1;
      return;
    }
    const summary = summaries.get(activityId);
    const streams = readActivityStreams(doc);
    if (!summary || !streams) return;
    const written = writeFitActivity(activityForExport(summary, streams));
    if (!written.ok) return;
    const path = activityFilePath(activityId, `${exportBaseName(summary)}.fit`);
    zip.add(path, written.bytes);
    manifest.files.push({ activityId, path, source: 'written' });
    manifest.counts.writtenFiles += 1;
  }
}
