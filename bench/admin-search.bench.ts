import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedAccounts } from '../scripts/seed-accounts.ts';
import { Accounts } from '../sync-server/accounts.ts';
import { Directory, AccountQuery } from '../sync-server/admin/directory.ts';
import { Standing } from '../sync-server/admin/standing.ts';
import { openKv } from '../sync-server/kv.ts';
import { PasswordHasher } from '../sync-server/password.ts';
import { levelRecords } from '../sync-server/records.ts';
import { ScryptThreads } from '../sync-server/scrypt-threads.ts';
import { Shares } from '../sync-server/shares.ts';
import { report } from './measure.ts';

// The console's account search over 100,000 seeded accounts in LevelDB (the relay's default
// store), against the same searches over 1,000: the ratio shows how search grows with accounts.
const LARGE = 100_000;
const SMALL = 1_000;
const RUNS = 60;

async function directoryOf(count: number) {
  const dir = await mkdtemp(join(tmpdir(), 'splits-bench-accounts-'));
  const db = await openKv(dir);
  const records = levelRecords(db);
  const emails = await seedAccounts(records, count, 1, 'not a real hash');
  const threads = new ScryptThreads(1);
  const accounts = new Accounts(records, {
    signingKey: new Uint8Array(32),
    accessTokenTtlS: 900,
    refreshTokenTtlDays: 60,
    hasher: new PasswordHasher(threads, 14),
    onFamilyRevoked: () => {},
  });
  const shares = new Shares(records, { inviteTtlDays: 7, invitesPerHour: 20, onQuota: () => {} });
  const directory = new Directory(records, accounts, shares, new Standing(records), 60);
  const close = async () => {
    await db.close();
    await threads.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { directory, emails, close };
}

function p95(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1] ?? NaN;
}

async function p95Ms(directory: Directory, query: Record<string, string>) {
  const parsed = AccountQuery.parse(query);
  await directory.search(parsed);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await directory.search(parsed);
    times.push(performance.now() - t0);
  }
  return p95(times);
}

export default async function bench() {
  const small = await directoryOf(SMALL);
  const large = await directoryOf(LARGE);
  const middle = large.emails[Math.floor(LARGE / 2)] ?? '';
  const cases: Array<[string, (emails: string[]) => Record<string, string>]> = [
    ['first page, no filter', () => ({})],
    ['email prefix "ada."', () => ({ q: 'ada.' })],
    ['one exact email', (emails) => ({ q: emails[Math.floor(emails.length / 2)] ?? '' })],
    ['coaches only', () => ({ role: 'coach' })],
    ['disabled only', () => ({ status: 'disabled' })],
    ['a page deep in the list', () => ({ after: middle })],
  ];
  for (const [label, query] of cases) {
    const reference = await p95Ms(small.directory, query(small.emails));
    const measured = await p95Ms(large.directory, query(large.emails));
    report(
      `search p95, ${label}: 100k vs 1k accounts`,
      measured / reference,
      `${measured.toFixed(1)} ms at 100,000 · ${reference.toFixed(2)} ms at 1,000 · target < 100 ms`,
    );
  }
  await small.close();
  await large.close();
}
