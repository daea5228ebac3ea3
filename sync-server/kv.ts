import { chmod, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';

/** The relay's one embedded database: UTF-8 keys, byte values (LevelDB via classic-level). */
export type Kv = ClassicLevel<string, Uint8Array>;

export type KvOp = { type: 'put'; key: string; value: Uint8Array } | { type: 'del'; key: string };

export async function openKv(dataDir: string): Promise<Kv> {
  const location = join(dataDir, 'db');
  await mkdir(location, { recursive: true, mode: 0o700 });
  await chmod(location, 0o700);
  const db = new ClassicLevel<string, Uint8Array>(location, {
    keyEncoding: 'utf8',
    valueEncoding: 'view',
    // Documents are read once when they load and then live in memory, so a large block cache
    // and memtable (8 and 4 MiB by default) would only hold memory; writes are small.
    cacheSize: 2 * 1024 * 1024,
    writeBufferSize: 1024 * 1024,
  });
  await db.open();
  // Files LevelDB makes from now on follow the process umask (main.ts sets 077); these were
  // made before, perhaps by an older relay.
  for (const file of await readdir(location)) await chmod(join(location, file), 0o600);
  return db;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function jsonBytes(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function bytesJson(bytes: Uint8Array): unknown {
  return JSON.parse(decoder.decode(bytes));
}

/** Lists [key, value] pairs whose key starts with `prefix`, in key order. */
export async function scanPrefix(db: Kv, prefix: string): Promise<Array<[string, Uint8Array]>> {
  return db.iterator({ gte: prefix, lt: `${prefix}\uffff` }).all();
}
