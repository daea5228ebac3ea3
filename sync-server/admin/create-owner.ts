import { z } from 'zod';
import { Accounts } from '../accounts.ts';
import type { RelayConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { PasswordHasher } from '../password.ts';
import { describeProblem, passwordProblem } from '../password-policy.ts';
import { Reachability } from '../reachability.ts';
import { ScryptThreads } from '../scrypt-threads.ts';
import { openStorage } from '../storage.ts';
import { Standing } from './standing.ts';

export type OwnerOutcome =
  | { type: 'Created'; userId: string }
  | { type: 'Promoted'; userId: string }
  | { type: 'Refused'; reason: string };

/**
 * `npm run -s relay -- create-owner EMAIL`: makes that account the relay's owner, creating it
 * with `password` when it does not exist yet. Run it while the relay is stopped when the relay
 * keeps its records in LevelDB (one process holds the database).
 */
export async function createOwner(
  config: RelayConfig,
  email: string,
  password: () => Promise<string>,
): Promise<OwnerOutcome> {
  if (!z.email().safeParse(email).success)
    return { type: 'Refused', reason: 'not an email address' };
  const log = createLogger('warn');
  const shared = {
    redis: config.redisUrl ? new Reachability('redis', log) : null,
    database: config.databaseUrl ? new Reachability('database', log) : null,
  };
  const storage = await openStorage(config, () => {}, shared);
  const scrypt = new ScryptThreads(1);
  // Hashing threads do not keep a process alive (the relay's server does); this command must wait.
  const keepAlive = setInterval(() => {}, 60_000);
  try {
    const accounts = new Accounts(storage.records, {
      signingKey: storage.signingKey,
      accessTokenTtlS: config.accessTokenTtlS,
      refreshTokenTtlDays: config.refreshTokenTtlDays,
      hasher: new PasswordHasher(scrypt, config.scryptLog2N),
      onFamilyRevoked: () => {},
    });
    const standing = new Standing(storage.records);
    const existing = await accounts.userByEmail(email);
    if (existing) {
      await standing.setRole(existing.id, 'owner');
      return { type: 'Promoted', userId: existing.id };
    }
    const secret = await password();
    const problem = passwordProblem(secret, email);
    if (problem) return { type: 'Refused', reason: describeProblem(problem) };
    const session = await accounts.register(email, secret, undefined);
    // The command's own login is not needed: only the role is.
    await accounts.logout(session.refreshToken);
    await standing.setRole(session.userId, 'owner');
    return { type: 'Created', userId: session.userId };
  } finally {
    clearInterval(keepAlive);
    await storage.close();
    await scrypt.close();
  }
}
