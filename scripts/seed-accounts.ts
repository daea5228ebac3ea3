// `npx tsx scripts/seed-accounts.ts DATA_DIR [count] [seed]`: fills a stopped relay's LevelDB with
// `count` (100,000) made-up accounts for the console's search bench and for trying the console.
// The same seed gives the same accounts. Every account shares one password hash (of
// SEED_PASSWORD), so seeding takes seconds rather than a scrypt hash each.
import { randomUUID } from 'node:crypto';
import { jsonBytes, openKv } from '../sync-server/kv.ts';
import { levelRecords, type RecordOp, type Records } from '../sync-server/records.ts';

export const SEED_PASSWORD = 'seeded account password';

const FIRST = ['ada', 'ben', 'cleo', 'dev', 'eli', 'fay', 'gus', 'hana', 'ivo', 'jo', 'kai', 'lea'];
const LAST = ['rowe', 'stroke', 'pace', 'miles', 'lane', 'hill', 'tempo', 'split', 'oar', 'track'];
const CLUBS = ['rowing', 'harriers', 'tri', 'masters', 'juniors'];

/** A small seeded generator (mulberry32), so a seed always gives the same accounts. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Writes `count` accounts (and a few admins and disabled ones) in batches; answers their emails. */
export async function seedAccounts(
  records: Records,
  count: number,
  seed: number,
  passwordHash: string,
): Promise<string[]> {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const emails: string[] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let done = 0; done < count;) {
    const ops: RecordOp[] = [];
    for (const end = Math.min(count, done + 2_000); done < end; done++) {
      const email = `${pick(FIRST)}.${pick(LAST)}${done}@${pick(CLUBS)}.example`;
      const user = {
        id: randomUUID(),
        email,
        athleteId: randomUUID(),
        passwordHash,
        createdAt: new Date(start + Math.floor(random() * 700) * 86_400_000).toISOString(),
      };
      emails.push(email);
      ops.push(
        { type: 'put', key: `user:${user.id}`, value: jsonBytes(user) },
        { type: 'put', key: `email:${email}`, value: jsonBytes({ userId: user.id }) },
        { type: 'put', key: `athlete:${user.athleteId}`, value: jsonBytes({ userId: user.id }) },
      );
      if (done % 1_000 === 0)
        ops.push({ type: 'put', key: `role:${user.id}`, value: jsonBytes({ role: 'coach' }) });
      if (done % 997 === 0) {
        const disabled = { at: new Date(start).toISOString(), by: 'seed' };
        ops.push({ type: 'put', key: `disabled:${user.id}`, value: jsonBytes(disabled) });
      }
    }
    await records.batch(ops);
  }
  return emails;
}

async function main() {
  const [dataDir, count = '100000', seed = '1'] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: tsx scripts/seed-accounts.ts DATA_DIR [count] [seed]');
  const { PasswordHasher } = await import('../sync-server/password.ts');
  const { ScryptThreads } = await import('../sync-server/scrypt-threads.ts');
  const threads = new ScryptThreads(1);
  const keepAlive = setInterval(() => {}, 60_000);
  const hash = await new PasswordHasher(threads, 17).hash(SEED_PASSWORD);
  const db = await openKv(dataDir);
  try {
    const emails = await seedAccounts(levelRecords(db), Number(count), Number(seed), hash);
    console.log(`seeded ${emails.length} accounts; password: ${SEED_PASSWORD}`);
  } finally {
    clearInterval(keepAlive);
    await db.close();
    await threads.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
