import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readOriginalFile } from './activity-doc';
import { activityDocName } from './doc-names';
import { indexFor } from './index-db';
import { mergeAthleteDocs, removeAthleteDocs, renameForAthlete } from './merge-athlete-docs';
import { readStoredUpdate, storedDocNames } from './stored-docs';
import {
  addPlan,
  athleteView,
  importRun,
  logSleep,
  setName,
  withDoc,
} from './test-support-athlete';

const realAdd = IDBObjectStore.prototype.add;
afterEach(() => {
  IDBObjectStore.prototype.add = realAdd;
});

/** A device used without an account: two runs, a plan, a journal entry and a name. */
async function deviceAthlete(): Promise<string> {
  const id = crypto.randomUUID();
  await importRun(id, '2026-11-10T07:00:00Z');
  await importRun(id, '2026-11-12T07:00:00Z');
  await addPlan(id, crypto.randomUUID(), 'Device plan');
  await logSleep(id, '2026-11-12', 7.5);
  await setName(id, 'Ada');
  return id;
}

/** The account as another device left it: one run, one plan, another journal day. */
async function accountAthlete(): Promise<string> {
  const id = crypto.randomUUID();
  await importRun(id, '2026-11-05T07:00:00Z');
  await addPlan(id, crypto.randomUUID(), 'Account plan');
  await logSleep(id, '2026-11-05', 8);
  return id;
}

/** Each stored document's state and how many rows it has on disk. */
async function storedStates(athleteId: string) {
  const states = new Map<string, { state: Uint8Array; rows: number }>();
  for (const name of await storedDocNames(athleteId)) {
    const rows = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const count = open.result.transaction('updates').objectStore('updates').count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(count.error);
        open.result.close();
      };
    });
    states.set(name, { state: await readStoredUpdate(name), rows });
  }
  return states;
}

const sorted = <T extends { id: string }>(items: T[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('a document of another athlete', () => {
  it('renames a document for another athlete, keeping its id', () => {
    const plan = '5b0e7f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(
      renameForAthlete(`3f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b/plan/${plan}`, 'b'.repeat(8)),
    ).toBe(`${'b'.repeat(8)}/plan/${plan}`);
    expect(() => renameForAthlete('not/a/doc/name', 'x')).toThrow(/not a Splits document/);
  });
});

describe('merging the device athlete into the account athlete', () => {
  it('brings every activity, plan, journal day and profile field into the account', async () => {
    const device = await deviceAthlete();
    const account = await accountAthlete();
    const [before, accountBefore] = [await athleteView(device), await athleteView(account)];

    await mergeAthleteDocs(device, account);

    const after = await athleteView(account);
    expect(sorted(after.activities)).toEqual(
      sorted([...before.activities, ...accountBefore.activities]),
    );
    expect(sorted(after.plans)).toEqual(sorted([...before.plans, ...accountBefore.plans]));
    expect(after.journal).toEqual({ '2026-11-05': 8, '2026-11-12': 7.5 });
    expect(after.name).toBe('Ada');
    // Streams and the original file came along under the same activity id.
    const id = before.activities[0]!.id;
    const original = await withDoc(activityDocName(account, id), readOriginalFile);
    expect(original?.format).toBe('gpx');
    // Nothing of the device is removed by merging.
    expect(await athleteView(device)).toEqual(before);
  });

  it('loses nothing when stopped half-way, and a second run finishes without changing the first', async () => {
    const device = await deviceAthlete();
    const account = await accountAthlete();
    const expected = await (async () => {
      const [d, a] = [await athleteView(device), await athleteView(account)];
      return {
        activities: sorted([...d.activities, ...a.activities]),
        plans: sorted([...d.plans, ...a.plans]),
      };
    })();

    // The tab closes after three documents.
    const stop = new Error('tab closed');
    await expect(
      mergeAthleteDocs(device, account, ({ done }) => {
        if (done === 3) throw stop;
      }),
    ).rejects.toBe(stop);
    expect((await storedDocNames(device)).length).toBeGreaterThan(3);

    await mergeAthleteDocs(device, account);
    const view = await athleteView(account);
    const once = await storedStates(account);
    expect(sorted(view.activities)).toEqual(expected.activities);
    expect(sorted(view.plans)).toEqual(expected.plans);

    // Merging again writes nothing at all.
    await mergeAthleteDocs(device, account);
    expect(await storedStates(account)).toEqual(once);
  });

  it('fails on a full disk, so the caller never removes what was not merged', async () => {
    const device = await deviceAthlete();
    const account = crypto.randomUUID();
    IDBObjectStore.prototype.add = function add() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await expect(mergeAthleteDocs(device, account)).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    IDBObjectStore.prototype.add = realAdd;
    expect((await athleteView(device)).activities).toHaveLength(2);
  });

  it('removes the device athlete only when asked, documents and index both', async () => {
    const device = await deviceAthlete();
    const account = crypto.randomUUID();
    await indexFor(device).activities.put({ id: 'x' } as never);
    await mergeAthleteDocs(device, account);
    await removeAthleteDocs(device);
    expect(await storedDocNames(device)).toEqual([]);
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(`splits-index-${device}`);
    expect((await athleteView(account)).activities).toHaveLength(2);
  });
});
