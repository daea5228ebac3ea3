import type { DocStorage, StorageSurvey, StoredDoc, StoredRecord } from './doc-storage.ts';
import type { Kv, KvOp } from './kv.ts';
import { scanPrefix } from './kv.ts';
import { seal, unseal } from './sealed-record.ts';
import type { WriteQueue } from './write-queue.ts';

// Layout: one snapshot per document plus an append-only log of updates since that snapshot.
// Document names never contain '!', so `log:<name>!` cannot be a prefix of another name's keys.
const snapKey = (name: string) => `snap:${name}`;
const logPrefix = (name: string) => `log:${name}!`;
const logKey = (name: string, seq: number) =>
  `${logPrefix(name)}${seq.toString(16).padStart(12, '0')}`;

/** Documents in the relay's own LevelDB. */
export class DocStore implements DocStorage {
  constructor(
    private readonly db: Kv,
    private readonly queue: WriteQueue<KvOp>,
  ) {}

  async load(name: string): Promise<StoredDoc> {
    const records: StoredRecord[] = [];
    const bad: Array<[string, Uint8Array]> = [];
    const snapshot = await this.db.get(snapKey(name));
    if (snapshot) this.sort(records, bad, snapKey(name), snapshot);
    const log = await scanPrefix(this.db, logPrefix(name));
    for (const [key, value] of log) this.sort(records, bad, key, value);
    const seqs = log.map(([key]) => parseInt(key.slice(logPrefix(name).length), 16));
    const lastSeq = seqs.at(-1);
    if (bad.length > 0) await this.quarantine(bad);
    return {
      records,
      firstSeq: seqs[0] ?? 0,
      nextSeq: lastSeq === undefined ? 0 : lastSeq + 1,
      storedBytes: records.reduce((sum, r) => sum + r.payload.length, 0),
      quarantined: bad.map(([key]) => key),
    };
  }

  /** Resolves once the update is in the database (fsynced when the queue syncs). */
  append(name: string, seq: number, update: Uint8Array): Promise<void> {
    return this.queue.write([{ type: 'put', key: logKey(name, seq), value: seal(update) }]);
  }

  /** Atomically replaces the log entries [firstSeq, nextSeq) with one snapshot. */
  compact(name: string, snapshot: Uint8Array, firstSeq: number, nextSeq: number): Promise<void> {
    const ops: KvOp[] = [{ type: 'put', key: snapKey(name), value: seal(snapshot) }];
    for (let seq = firstSeq; seq < nextSeq; seq++)
      ops.push({ type: 'del', key: logKey(name, seq) });
    return this.queue.write(ops);
  }

  /** Moves records aside under `quarantine:` so an operator can inspect them. */
  async quarantine(entries: Array<[string, Uint8Array]>): Promise<void> {
    const stamp = new Date().toISOString();
    await this.queue.write(
      entries.flatMap(([key, value]): KvOp[] => [
        { type: 'put', key: `quarantine:${stamp}:${key}`, value },
        { type: 'del', key },
      ]),
    );
  }

  async survey(minUpdates: number, limit: number): Promise<StorageSurvey> {
    const range = (prefix: string) => ({ gte: prefix, lt: `${prefix}\uffff` });
    // `quarantine:<ISO time, 24 characters>:<key>`
    const quarantined = (await this.db.keys(range('quarantine:')).all())
      .reverse()
      .slice(0, limit)
      .map((key) => ({ key: key.slice(36), at: key.slice(11, 35) }));
    const counts = new Map<string, number>();
    for (const key of await this.db.keys(range('log:')).all()) {
      const name = key.slice(4, key.lastIndexOf('!'));
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const uncompacted = [...counts]
      .filter(([, updates]) => updates >= minUpdates)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, updates]) => ({ name, updates }));
    return { quarantined, uncompacted };
  }

  async removeUnder(prefix: string): Promise<number> {
    // Appends already queued land first, so none of them survives the deletion.
    await this.queue.flush();
    const keys = [
      ...(await scanPrefix(this.db, snapKey(prefix))),
      ...(await scanPrefix(this.db, `log:${prefix}`)),
    ].map(([key]): KvOp => ({ type: 'del', key }));
    await this.queue.write(keys);
    return keys.length;
  }

  private sort(
    good: StoredRecord[],
    bad: Array<[string, Uint8Array]>,
    key: string,
    value: Uint8Array,
  ) {
    const payload = unseal(value);
    if (payload) good.push({ key, payload });
    else bad.push([key, value]);
  }
}
