import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonBytes, openKv, type Kv } from './kv.ts';
import { levelRecords, RecordExists } from './records.ts';
import { tempDir } from './test-support/relay-harness.ts';

const opened: Array<{ db: Kv; dir: string }> = [];
afterEach(async () => {
  for (const { db, dir } of opened.splice(0)) {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
});

describe('records in the relay’s own LevelDB', () => {
  it('count every settled write (the periodic access re-check skips only while this is unchanged)', async () => {
    const dir = await tempDir();
    const db = await openKv(dir);
    opened.push({ db, dir });
    const records = levelRecords(db);
    expect(records.writes()).toBe(0);

    await records.put('user:a', jsonBytes({ email: 'a@example.com' }));
    expect(records.writes()).toBe(1);
    await records.get('user:a');
    await records.scan('user:');
    expect(records.writes()).toBe(1);

    await records.batch([{ type: 'create', key: 'email:a', value: jsonBytes('a') }]);
    expect(records.writes()).toBe(2);
    await expect(
      records.batch([{ type: 'create', key: 'email:a', value: jsonBytes('b') }]),
    ).rejects.toBeInstanceOf(RecordExists);
    expect(records.writes()).toBe(3);
    expect(new TextDecoder().decode(await records.get('email:a'))).toBe('"a"');
  });
});
