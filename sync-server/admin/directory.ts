import { z } from 'zod';
import type { Accounts, User } from '../accounts.ts';
import { bytesJson } from '../kv.ts';
import type { Records } from '../records.ts';
import type { Shares } from '../shares.ts';
import { loginsOf } from './logins.ts';
import { AccountRole, type Standing } from './standing.ts';

export const AccountQuery = z.object({
  q: z.string().trim().toLowerCase().max(254).default(''),
  role: AccountRole.optional(),
  status: z.enum(['active', 'disabled']).optional(),
  /** The last email of the previous page. */
  after: z.string().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type AccountQuery = z.infer<typeof AccountQuery>;

export type AccountSummary = {
  userId: string;
  email: string;
  athleteId: string;
  createdAt: string;
  role: AccountRole;
  disabled: boolean;
};

const Pointer = z.object({ userId: z.string() });
const DocSize = z.object({ bytes: z.number() });

/** What the console reads about accounts: search, and one account in detail. */
export class Directory {
  constructor(
    private readonly records: Records,
    private readonly accounts: Accounts,
    private readonly shares: Shares,
    private readonly standing: Standing,
    private readonly refreshTokenTtlDays: number,
  ) {}

  /**
   * Accounts whose email starts with `q`, in email order, a page at a time. The email index is
   * already sorted, so only a page of account records is read whatever the number of accounts.
   */
  async search(query: AccountQuery): Promise<{ accounts: AccountSummary[]; next: string | null }> {
    const [roles, disabled] = await Promise.all([
      this.standing.roles(),
      this.standing.disabledIds(),
    ]);
    const keep = (userId: string) =>
      (query.role === undefined || (roles.get(userId) ?? 'athlete') === query.role) &&
      (query.status === undefined || disabled.has(userId) === (query.status === 'disabled'));
    const after = query.after === undefined ? '' : `email:${query.after}`;
    const page: string[] = [];
    let more = false;
    for (const [key, value] of await this.records.scan(`email:${query.q}`)) {
      if (key <= after) continue;
      const { userId } = Pointer.parse(bytesJson(value));
      if (!keep(userId)) continue;
      if (page.length === query.limit) {
        more = true;
        break;
      }
      page.push(userId);
    }
    const users = await Promise.all(page.map((id) => this.accounts.user(id)));
    const accounts = users
      .filter((u): u is User => u !== null)
      .map((u) => summary(u, roles.get(u.id) ?? 'athlete', disabled.has(u.id)));
    return { accounts, next: more ? (accounts.at(-1)?.email ?? null) : null };
  }

  async detail(userId: string) {
    const user = await this.accounts.user(userId);
    if (!user) return null;
    const [role, disabled, logins, shares, storage] = await Promise.all([
      this.standing.role(user.id),
      this.standing.disabled(user.id),
      loginsOf(this.records, user.id, this.refreshTokenTtlDays),
      this.shares.list(user.id),
      this.storage(user.athleteId),
    ]);
    const lastSeenAt = logins.reduce<string | null>(
      (latest, l) =>
        l.lastActiveAt && (!latest || l.lastActiveAt > latest) ? l.lastActiveAt : latest,
      null,
    );
    return {
      ...summary(user, role, disabled !== null),
      disabledAt: disabled?.at ?? null,
      lastSeenAt,
      logins,
      shares,
      storage,
    };
  }

  /** Bytes and documents per document kind (`<athleteId>/<kind>`), from the relay's size records. */
  async storage(athleteId: string) {
    const byPrefix = new Map<string, { bytes: number; documents: number }>();
    for (const [key, value] of await this.records.scan(`docsize:${athleteId}/`)) {
      const kind = key.slice(`docsize:${athleteId}/`.length).split('/')[0] ?? '';
      const prefix = `${athleteId}/${kind}`;
      const known = byPrefix.get(prefix) ?? { bytes: 0, documents: 0 };
      byPrefix.set(prefix, {
        bytes: known.bytes + DocSize.parse(bytesJson(value)).bytes,
        documents: known.documents + 1,
      });
    }
    return [...byPrefix].map(([prefix, usage]) => ({ prefix, ...usage }));
  }
}

function summary(user: User, role: AccountRole, disabled: boolean): AccountSummary {
  const { id, email, athleteId, createdAt } = user;
  return { userId: id, email, athleteId, createdAt, role, disabled };
}
