import type { Redis } from 'ioredis';
import { scanPrefix, type Kv, type KvOp } from './kv.ts';

/** Small records (accounts, logins, shares) by key; LevelDB alone, or Redis when relays share. */
export interface Records {
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, value: Uint8Array): Promise<void>;
  /** Applies all operations atomically. */
  batch(ops: KvOp[]): Promise<void>;
  /** [key, value] pairs whose key starts with `prefix`, in key order. */
  scan(prefix: string): Promise<Array<[string, Uint8Array]>>;
}

export function levelRecords(db: Kv): Records {
  return {
    get: (key) => db.get(key),
    put: (key, value) => db.put(key, value),
    batch: (ops) => db.batch(ops),
    scan: (prefix) => scanPrefix(db, prefix),
  };
}

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
      const tx = redis.multi();
      for (const op of ops) {
        if (op.type === 'put')
          tx.hset(values, op.key, Buffer.from(op.value)).zadd(index, 0, op.key);
        else tx.hdel(values, op.key).zrem(index, op.key);
      }
      await tx.exec();
    },
    scan: async (prefix) => {
      const keys = await redis.zrangebylex(index, `[${prefix}`, `(${prefix}\u00ff`);
      if (keys.length === 0) return [];
      const found = await redis.hmgetBuffer(values, ...keys);
      return keys.flatMap((key, i): Array<[string, Uint8Array]> => {
        const value = found[i];
        return value ? [[key, new Uint8Array(value)]] : [];
      });
    },
  };
}
