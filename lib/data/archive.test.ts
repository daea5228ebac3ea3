import 'fake-indexeddb/auto';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importActivity } from '@/engine/formats/import-activity';
import { readStoredUpdate, storedDocNames } from '@/lib/store/stored-docs';
import { saveActivity } from '@/lib/store/save-activity';
import {
  addPlan,
  athleteView,
  importRun,
  logSleep,
  setName,
} from '@/lib/store/test-support-athlete';
import { engineApi } from '@/lib/worker/engine-api';
import { tinyGpx } from '@/lib/worker/tiny-gpx';
import { readArchive } from './archive-reader';
import { dataApi } from './data-api';
import { restoreArchive } from './restore-archive';

/** An athlete with two imported runs, one recorded session, a plan, a journal day and a name. */
async function athlete(): Promise<{ id: string; recordedId: string }> {
  const id = crypto.randomUUID();
  await importRun(id, '2026-11-10T07:00:00Z');
  await importRun(id, '2026-11-12T07:00:00Z');
  const recording = engineApi.importFile(
    new TextEncoder().encode(tinyGpx(300, 4, '2026-11-14T18:00:00Z')),
    null,
    {},
  );
  if (!recording.ok) throw new Error(recording.error.message);
  const [leg] = recording.activities;
  await saveActivity(id, { ...leg!.summary, source: 'recorder' }, leg!.columns);
  await addPlan(id, crypto.randomUUID(), 'Spring 10k');
  await logSleep(id, '2026-11-12', 7.5);
  await setName(id, 'Ada');
  return { id, recordedId: leg!.summary.id };
}

async function archiveOf(athleteId: string) {
  const progress: number[] = [];
  const meta = { appVersion: '0.1.0', createdAt: '2026-11-20T09:00:00.000Z' };
  const { blob, manifest } = await dataApi.buildArchive(athleteId, meta, ({ done }) =>
    progress.push(done),
  );
  return { bytes: new Uint8Array(await blob.arrayBuffer()), manifest, progress };
}

async function storedStates(athleteId: string) {
  const names = await storedDocNames(athleteId);
  return Promise.all(names.map(async (name) => [name, await readStoredUpdate(name)] as const));
}

/** The same view with ids kept: restored plans and activities keep theirs. */
const comparable = (view: Awaited<ReturnType<typeof athleteView>>) => ({
  ...view,
  activities: [...view.activities].sort((a, b) => a.id.localeCompare(b.id)),
});

describe('the archive of everything', () => {
  it('holds every document as JSON and Yjs, the original files, a FIT for a recording and a manifest', async () => {
    const { id, recordedId } = await athlete();
    const { bytes, manifest, progress } = await archiveOf(id);
    const files = unzipSync(bytes);
    expect(manifest.counts).toEqual({
      documents: 7,
      activities: 3,
      plans: 1,
      journalDays: 1,
      originalFiles: 2,
      writtenFiles: 1,
    });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const listed = JSON.parse(strFromU8(files['documents/activities.json']!));
    expect(listed.activities).toHaveLength(3);
    expect(JSON.parse(strFromU8(files['documents/profile.json']!)).profile.name).toBe('Ada');
    const original = manifest.files.find((f) => f.source === 'original')!;
    expect(strFromU8(files[original.path]!)).toContain('<gpx version="1.1"');
    const written = manifest.files.find((f) => f.source === 'written')!;
    expect(written.activityId).toBe(recordedId);
    const fit = importActivity(files[written.path]!, { fileName: written.path, nowMs: Date.now() });
    expect(fit.ok && fit.activities[0]!.streams.timeS.length).toBe(300);
    for (const doc of manifest.documents) expect(files[`${doc.path}.yjs`]).toBeDefined();
  });

  it('restores into a fresh device the same activities, plan, journal and profile', async () => {
    const { id } = await athlete();
    const before = comparable(await athleteView(id));
    const { bytes } = await archiveOf(id);
    const fresh = crypto.randomUUID();
    const read = readArchive(bytes, 'splits-archive.zip');
    if (!read.ok) throw new Error(read.error.message);
    const summary = await restoreArchive(fresh, read.contents);
    expect(summary).toMatchObject({ newDocuments: 7, totalDocuments: 7 });
    expect(comparable(await athleteView(fresh))).toEqual(before);
  });

  it('changes nothing when the same archive is restored twice, or onto the device it came from', async () => {
    const { id } = await athlete();
    const { bytes } = await archiveOf(id);
    const read = readArchive(bytes, 'a.zip');
    if (!read.ok) throw new Error(read.error.message);
    const before = await storedStates(id);
    expect((await restoreArchive(id, read.contents)).newDocuments).toBe(0);
    expect(await storedStates(id)).toEqual(before);

    const other = crypto.randomUUID();
    await restoreArchive(other, read.contents);
    const once = await storedStates(other);
    expect((await restoreArchive(other, read.contents)).newDocuments).toBe(0);
    expect(await storedStates(other)).toEqual(once);
  });

  it('keeps what the device has and adds what the archive brings', async () => {
    const { id } = await athlete();
    const { bytes } = await archiveOf(id);
    const device = crypto.randomUUID();
    await importRun(device, '2026-12-01T07:00:00Z');
    await setName(device, 'Ada L.');
    const read = readArchive(bytes, 'a.zip');
    if (!read.ok) throw new Error(read.error.message);
    await restoreArchive(device, read.contents);
    const view = await athleteView(device);
    expect(view.activities).toHaveLength(4);
    expect(view.plans).toHaveLength(1);
  });
});

describe('a file that is not a Splits archive', () => {
  const target = crypto.randomUUID();
  const refused = async (bytes: Uint8Array, name: string) => {
    const read = readArchive(bytes, name);
    expect(read.ok).toBe(false);
    expect(await storedDocNames(target)).toEqual([]);
    return read.ok ? null : read.error;
  };

  it('is refused by name when it is not a zip', async () => {
    const error = await refused(new TextEncoder().encode('%PDF-1.7 not a zip'), 'taxes.pdf');
    expect(error).toEqual({
      type: 'NotAZip',
      message: expect.stringContaining('“taxes.pdf” is not a Splits archive'),
    });
  });

  it('is refused when the zip has no Splits manifest', async () => {
    const bytes = zipSync({
      'photo.jpg': new Uint8Array([1, 2, 3]),
      'manifest.json': new TextEncoder().encode('{"app":"other"}'),
    });
    const error = await refused(bytes, 'holiday.zip');
    expect(error?.type).toBe('NotASplitsArchive');
    expect(error?.message).toContain('no Splits manifest');
  });

  it('is refused whole when one document is damaged, naming it', async () => {
    const { id } = await athlete();
    const files = unzipSync((await archiveOf(id)).bytes);
    files['documents/journal.yjs'] = new Uint8Array([0xff, 0xfe, 0x01, 0x02, 0x03]);
    const error = await refused(zipSync(files), 'splits-archive.zip');
    expect(error?.type).toBe('Damaged');
    expect(error?.message).toContain('documents/journal.yjs');
  });
});
