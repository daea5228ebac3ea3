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
   * Accounts whose email starts with `q`, in email order, a page at a time. Filters on a rare
   * role or on disabled accounts start from those few records; otherwise the sorted email index is
   * read a page at a time, so a search costs about the same with 1,000 accounts or 100,000.
   */
  async search(query: AccountQuery): Promise<{ accounts: AccountSummary[]; next: string | null }> {
    const [roles, disabled] = await Promise.all([
      this.standing.roles(),
      this.standing.disabledIds(),
    ]);
    const keep = (userId: string) =>
      (query.role === undefined || (roles.get(userId) ?? 'athlete') === query.role) &&
      (query.status === undefined || disabled.has(userId) === (query.status === 'disabled'));
    const few =
      query.status === 'disabled'
        ? [...disabled]
        : query.role !== undefined && query.role !== 'athlete'
          ? [...roles].filter(([, role]) => role === query.role).map(([id]) => id)
          : null;
    const users = few ? await this.fromFew(few, query, keep) : await this.fromIndex(query, keep);
    const page = users.slice(0, query.limit);
    return {
      accounts: page.map((u) => summary(u, roles.get(u.id) ?? 'athlete', disabled.has(u.id))),
      next: users.length > query.limit ? (page.at(-1)?.email ?? null) : null,
    };
  }

  /** Up to limit + 1 matching users among a few known ids, in email order. */
  private async fromFew(ids: string[], query: AccountQuery, keep: (id: string) => boolean) {
    const users = await Promise.all(ids.filter(keep).map((id) => this.accounts.user(id)));
    return users
      .filter((u): u is User => u !== null && u.email.startsWith(query.q))
      .filter((u) => query.after === undefined || u.email > query.after)
      .sort((a, b) => (a.email < b.email ? -1 : 1))
      .slice(0, query.limit + 1);
  }

  /** Up to limit + 1 matching users read along the email index. */
  private async fromIndex(query: AccountQuery, keep: (id: string) => boolean) {
    const prefix = `email:${query.q}`;
    let after = query.after === undefined ? null : `email:${query.after}`;
    const ids: string[] = [];
    for (;;) {
      const chunk = await this.records.page(prefix, after, (query.limit + 1) * 2);
      for (const [, value] of chunk) {
        const { userId } = Pointer.parse(bytesJson(value));
        if (keep(userId) && ids.length <= query.limit) ids.push(userId);
      }
      after = chunk.at(-1)?.[0] ?? null;
      if (ids.length > query.limit || chunk.length < (query.limit + 1) * 2) break;
    }
    const users = await Promise.all(ids.map((id) => this.accounts.user(id)));
    return users.filter((u): u is User => u !== null);
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
