import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { lastLoginOp } from './admin/last-login-record.ts';
import { ApiError } from './api-error.ts';
import { bytesJson, jsonBytes } from './kv.ts';
import { Mutex } from './mutex.ts';
import type { PasswordHasher } from './password.ts';
import { RecordExists, type RecordOp, type Records } from './records.ts';
import { hashToken, newOpaqueToken, signAccessToken } from './tokens.ts';

const User = z.object({
  id: z.string(),
  email: z.string(),
  athleteId: z.string(),
  passwordHash: z.string(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;
const Pointer = z.object({ userId: z.string() });
/** `refresh:<sha256>`: one refresh token; `usedAt` is set once it has been rotated. */
export const RefreshRecord = z.object({
  familyId: z.string(),
  userId: z.string(),
  usedAt: z.string().nullable(),
  expiresAt: z.string(),
});
/** `used:<sha256>`: a rotated refresh token. Older relays wrote no `expiresAt`. */
export const UsedRecord = z.object({ usedAt: z.string(), expiresAt: z.string().optional() });
const Family = z.object({ userId: z.string(), revokedAt: z.string().nullable() });

export type Session = {
  userId: string;
  athleteId: string;
  accessToken: string;
  refreshToken: string;
};

export type AccountSettings = {
  signingKey: Uint8Array;
  accessTokenTtlS: number;
  refreshTokenTtlDays: number;
  hasher: PasswordHasher;
  /** Told when a login family ends (logout or reuse), so its live connections can be closed. */
  onFamilyRevoked: (familyId: string) => void;
  /** Whether an account may not sign in (disabled by an operator, see admin/). */
  isDisabled?: (userId: string) => Promise<boolean>;
};

const INVALID_LOGIN = 'That email and password do not match an account.';
const emailTaken = () =>
  new ApiError(409, 'email_taken', 'An account with this email already exists.');
const athleteTaken = () =>
  new ApiError(409, 'athlete_taken', 'This athlete id already belongs to an account.');

/** Accounts and login families (refresh-token rotation with reuse detection) on the key-value store. */
export class Accounts {
  private readonly lock = new Mutex();
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly db: Records,
    private readonly settings: AccountSettings,
  ) {}

  async register(email: string, password: string, athleteId: string | undefined): Promise<Session> {
    const passwordHash = await this.settings.hasher.hash(password);
    const user = await this.lock.run(async () => {
      const key = email.toLowerCase();
      if (await this.db.get(`email:${key}`)) throw emailTaken();
      const athlete = athleteId ?? randomUUID();
      if (await this.db.get(`athlete:${athlete}`)) throw athleteTaken();
      const created: User = {
        id: randomUUID(),
        email: key,
        athleteId: athlete,
        passwordHash,
        createdAt: new Date().toISOString(),
      };
      // `create` makes the email and athlete id unique even when another relay registers the
      // same one at this moment: exactly one batch succeeds.
      await this.db
        .batch([
          { type: 'put', key: `user:${created.id}`, value: jsonBytes(created) },
          { type: 'create', key: `email:${key}`, value: jsonBytes({ userId: created.id }) },
          { type: 'create', key: `athlete:${athlete}`, value: jsonBytes({ userId: created.id }) },
        ])
        .catch((error: unknown) => {
          if (!(error instanceof RecordExists)) throw error;
          throw error.key.startsWith('email:') ? emailTaken() : athleteTaken();
        });
      return created;
    });
    return this.startFamily(user);
  }

  async login(email: string, password: string): Promise<Session> {
    const pointer = await this.read(`email:${email.toLowerCase()}`, Pointer);
    const user = pointer ? await this.read(`user:${pointer.userId}`, User) : null;
    if (!user) {
      // Same work as a real check, so response time does not reveal which emails exist.
      await this.settings.hasher.verify(password, await this.dummy());
      throw new ApiError(401, 'invalid_login', INVALID_LOGIN);
    }
    if (!(await this.settings.hasher.verify(password, user.passwordHash))) {
      throw new ApiError(401, 'invalid_login', INVALID_LOGIN);
    }
    if (await this.settings.isDisabled?.(user.id)) {
      throw new ApiError(403, 'account_disabled', 'This account is disabled on this relay.');
    }
    return this.startFamily(user);
  }

  /** Whether `password` is this account's (asked again before destructive actions). */
  checkPassword(user: User, password: string): Promise<boolean> {
    return this.settings.hasher.verify(password, user.passwordHash);
  }

  /** Ends one login: its refresh tokens stop working and its connections close. */
  endLogin(familyId: string): Promise<void> {
    return this.lock.run(() => this.revokeFamily(familyId));
  }

  /** Rotates a refresh token; presenting one that was already used ends its whole login. */
  refresh(refreshToken: string): Promise<Session> {
    return this.lock.run(async () => {
      const hash = hashToken(refreshToken);
      const stored = await this.read(`refresh:${hash}`, RefreshRecord);
      const gone = new ApiError(
        401,
        'invalid_refresh',
        'This sign-in has ended; please sign in again.',
      );
      if (!stored) throw gone;
      const family = await this.read(`family:${stored.familyId}`, Family);
      if (!family || family.revokedAt) throw gone;
      const reused = async () => {
        await this.revokeFamily(stored.familyId);
        return new ApiError(
          401,
          'refresh_reused',
          'This refresh token was already used, so this sign-in was ended for safety; please sign in again.',
        );
      };
      if (stored.usedAt) throw await reused();
      if (Date.parse(stored.expiresAt) <= Date.now()) throw gone;
      const user = await this.read(`user:${stored.userId}`, User);
      if (!user) throw gone;
      // `used:` can be created once: when two relays rotate the same token at the same moment,
      // the second one sees the reuse. Spending the old token and storing the new one is one
      // batch, so a store failing in between cannot leave the device with no valid token.
      const usedAt = new Date().toISOString();
      try {
        return await this.issue(user, stored.familyId, [
          {
            type: 'create',
            key: `used:${hash}`,
            value: jsonBytes({ usedAt, expiresAt: stored.expiresAt }),
          },
          { type: 'put', key: `refresh:${hash}`, value: jsonBytes({ ...stored, usedAt }) },
        ]);
      } catch (error) {
        if (error instanceof RecordExists) throw await reused();
        throw error;
      }
    });
  }

  logout(refreshToken: string): Promise<void> {
    return this.lock.run(async () => {
      const stored = await this.read(`refresh:${hashToken(refreshToken)}`, RefreshRecord);
      if (stored) await this.revokeFamily(stored.familyId);
    });
  }

  async user(userId: string): Promise<User | null> {
    return this.read(`user:${userId}`, User);
  }

  async userByEmail(email: string): Promise<User | null> {
    const pointer = await this.read(`email:${email.toLowerCase()}`, Pointer);
    return pointer ? this.read(`user:${pointer.userId}`, User) : null;
  }

  async isFamilyActive(familyId: string): Promise<boolean> {
    const family = await this.read(`family:${familyId}`, Family);
    return family !== null && family.revokedAt === null;
  }

  private async startFamily(user: User): Promise<Session> {
    const familyId = randomUUID();
    // The family and its first token land together, so the expiry sweep (login-sweep.ts) never
    // sees a family without a token and mistakes it for a spent one; the sign-in time with them.
    return this.issue(user, familyId, [
      {
        type: 'put',
        key: `family:${familyId}`,
        value: jsonBytes({ userId: user.id, revokedAt: null }),
      },
      lastLoginOp(user.id, new Date().toISOString()),
    ]);
  }

  private async issue(user: User, familyId: string, alongside: RecordOp[] = []): Promise<Session> {
    const refreshToken = newOpaqueToken();
    const expiresAt = new Date(Date.now() + this.settings.refreshTokenTtlDays * 86_400_000);
    await this.db.batch([
      ...alongside,
      {
        type: 'put',
        key: `refresh:${hashToken(refreshToken)}`,
        value: jsonBytes({
          familyId,
          userId: user.id,
          usedAt: null,
          expiresAt: expiresAt.toISOString(),
        }),
      },
    ]);
    const accessToken = await signAccessToken(
      this.settings.signingKey,
      { userId: user.id, athleteId: user.athleteId, familyId },
      this.settings.accessTokenTtlS,
    );
    return { userId: user.id, athleteId: user.athleteId, accessToken, refreshToken };
  }

  private async revokeFamily(familyId: string) {
    const family = await this.read(`family:${familyId}`, Family);
    if (!family || family.revokedAt) return;
    await this.db.put(
      `family:${familyId}`,
      jsonBytes({ ...family, revokedAt: new Date().toISOString() }),
    );
    this.settings.onFamilyRevoked(familyId);
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.settings.hasher.hash(newOpaqueToken());
    return this.dummyHash;
  }

  private async read<T>(key: string, schema: z.ZodType<T>): Promise<T | null> {
    const bytes = await this.db.get(key);
    return bytes ? schema.parse(bytesJson(bytes)) : null;
  }
}
