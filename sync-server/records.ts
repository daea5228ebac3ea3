import type { Redis } from 'ioredis';
import { scanPrefix, type Kv, type KvOp } from './kv.ts';
import { Mutex } from './mutex.ts';
import type { Reachability } from './reachability.ts';

/** A write in a records batch; `create` fails the whole batch when the key already exists. */
export type RecordOp = KvOp | { type: 'create'; key: string; value: Uint8Array };

/** A `create` found its key taken (another request, maybe on another relay, got there first). */
export class RecordExists extends Error {
  constructor(readonly key: string) {
    super(`record ${key} already exists`);
    this.name = 'RecordExists';
  }
}

/** Small records (accounts, logins, shares) by key: LevelDB alone, Redis or PostgreSQL shared. */
export interface Records {
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, value: Uint8Array): Promise<void>;
  /** Applies all operations atomically, or none of them (throws RecordExists). */
  batch(ops: RecordOp[]): Promise<void>;
  /** [key, value] pairs whose key starts with `prefix`, in key order. */
  scan(prefix: string): Promise<Array<[string, Uint8Array]>>;
  /** At most `limit` pairs of `prefix`, in key order, after the key `after` (from the start when null). */
  page(prefix: string, after: string | null, limit: number): Promise<Array<[string, Uint8Array]>>;
}

/** Records that only this process writes: `writes()` counts finished writes, so a reader can tell nothing changed. */
export type LocalRecords = Records & { writes(): number };

export function levelRecords(db: Kv): LocalRecords {
  // One process owns the LevelDB, so checking `create` keys under a lock is atomic enough.
  const lock = new Mutex();
  // Counted once a write has settled (a failed one too: an extra count only costs a re-read), so
  // whoever read the count before a write began sees it change afterwards.
  let writes = 0;
  const counted = <T>(write: Promise<T>) => write.finally(() => (writes += 1));
  return {
    get: (key) => db.get(key),
    put: (key, value) => counted(db.put(key, value)),
    batch: (ops) =>
      counted(
        lock.run(async () => {
          for (const op of ops) {
            if (op.type === 'create' && (await db.get(op.key)) !== undefined)
              throw new RecordExists(op.key);
          }
          await db.batch(
            ops.map((op): KvOp => (op.type === 'create' ? { ...op, type: 'put' } : op)),
          );
        }),
      ),
    scan: (prefix) => scanPrefix(db, prefix),
    page: (prefix, after, limit) =>
      db
        .iterator(
          within(prefix, after) === null
            ? { gte: prefix, lt: `${prefix}\uffff`, limit }
            : { gt: after ?? '', lt: `${prefix}\uffff`, limit },
        )
        .all(),
    writes: () => writes,
  };
}

// Checks every `create` key, then applies all operations: one script, so atomic in Redis.
// ARGV holds (type, key, value) triples; returns the first taken key, or false.
const BATCH_SCRIPT = `
for i = 1, #ARGV, 3 do
  if ARGV[i] == 'create' and redis.call('HEXISTS', KEYS[1], ARGV[i + 1]) == 1 then
    return ARGV[i + 1]
  end
end
for i = 1, #ARGV, 3 do
  if ARGV[i] == 'del' then
    redis.call('HDEL', KEYS[1], ARGV[i + 1])
    redis.call('ZREM', KEYS[2], ARGV[i + 1])
  else
    redis.call('HSET', KEYS[1], ARGV[i + 1], ARGV[i + 2])
    redis.call('ZADD', KEYS[2], 0, ARGV[i + 1])
  end
end
return false
`;

// Values live in one hash; a sorted set whose members all score 0 keeps the keys in byte order
// so ZRANGEBYLEX can list a prefix. Keys are ASCII, so '\u00ff' sorts after every key character.
export function redisRecords(redis: Redis, namespace: string): Records {
  const values = `${namespace}:records`;
  const index = `${namespace}:keys`;
  return {
    get: async (key) => {
      const value = await redis.hgetBuffer(values, key);
      return value ?? undefined;
    },
    put: async (key, value) => {
      await redis.multi().hset(values, key, Buffer.from(value)).zadd(index, 0, key).exec();
    },
    batch: async (ops) => {
      const args = ops.flatMap((op) => [
        op.type,
        op.key,
        op.type === 'del' ? Buffer.alloc(0) : Buffer.from(op.value),
      ]);
      const taken: unknown = await redis.eval(BATCH_SCRIPT, 2, values, index, ...args);
      if (typeof taken === 'string') throw new RecordExists(taken);
    },
    scan: (prefix) => valuesOf(redis, values, index, `[${prefix}`, `(${prefix}\u00ff`),
    page: (prefix, after, limit) =>
      valuesOf(
        redis,
        values,
        index,
        within(prefix, after) === null ? `[${prefix}` : `(${after}`,
        `(${prefix}\u00ff`,
        limit,
      ),
  };
}

/** `after` when it falls inside the prefix's range, else null (start from the prefix). */
function within(prefix: string, after: string | null): string | null {
  return after !== null && after >= prefix ? after : null;
}

/** The [key, value] pairs of the keys in a lexicographic range of the index (at most `limit`). */
async function valuesOf(
  redis: Redis,
  values: string,
  index: string,
  from: string,
  to: string,
  limit?: number,
): Promise<Array<[string, Uint8Array]>> {
  const keys =
    limit === undefined
      ? await redis.zrangebylex(index, from, to)
      : await redis.zrangebylex(index, from, to, 'LIMIT', 0, limit);
  if (keys.length === 0) return [];
  const found = await redis.hmgetBuffer(values, ...keys);
  return keys.flatMap((key, i): Array<[string, Uint8Array]> => {
    const value = found[i];
    return value ? [[key, new Uint8Array(value)]] : [];
  });
}

/**
 * Records on a shared store, guarded: refused at once while the store is unreachable, and a
 * failure to reach it becomes StoreUnavailable (the API answers 503) instead of a bare error.
 */
export function guardedRecords(
  records: Records,
  reachability: Reachability,
  isUnreachable: (error: unknown) => boolean,
  markDownAs: string | null,
): Records {
  const unreachable = (error: unknown) => !(error instanceof RecordExists) && isUnreachable(error);
  const guard = <T>(work: () => Promise<T>) => reachability.guard(work, unreachable, markDownAs);
  return {
    get: (key) => guard(() => records.get(key)),
    put: (key, value) => guard(() => records.put(key, value)),
    batch: (ops) => guard(() => records.batch(ops)),
    scan: (prefix) => guard(() => records.scan(prefix)),
    page: (prefix, after, limit) => guard(() => records.page(prefix, after, limit)),
  };
}
