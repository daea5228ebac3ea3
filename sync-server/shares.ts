import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Grant, ShareRole } from './access.ts';
import type { User } from './accounts.ts';
import { ApiError } from './api-error.ts';
import { ownerOf } from './doc-name.ts';
import { bytesJson, jsonBytes } from './kv.ts';
import { Mutex } from './mutex.ts';
import type { RecordOp, Records } from './records.ts';
import { hashToken, newOpaqueToken } from './tokens.ts';

const Share = z.object({
  id: z.string(),
  ownerId: z.string(),
  ownerEmail: z.string(),
  prefix: z.string(),
  role: z.enum(['editor', 'viewer']),
  email: z.string(),
  inviteHash: z.string(),
  status: z.enum(['pending', 'accepted']),
  granteeId: z.string().nullable(),
  createdAt: z.string(),
  acceptedAt: z.string().nullable(),
  /** Until when a pending invite can be accepted; older records have none (createdAt + TTL). */
  expiresAt: z.string().optional(),
});
type Share = z.infer<typeof Share>;

/** What the API shows of a share (never the invite hash). */
export type ShareView = Omit<Share, 'inviteHash'>;
const view = ({ inviteHash: _hash, ...rest }: Share): ShareView => rest;

// Keys: share:<id> holds the record; invite:<hash> finds it by invite token; given:<owner>:<id>
// and grant:<grantee>:<id> index it for listing and for access checks.
export type InviteSettings = {
  inviteTtlDays: number;
  invitesPerHour: number;
  /** An invite was refused for the hourly quota (counted in metrics). */
  onQuota: () => void;
};

const HOUR_MS = 3_600_000;

export class Shares {
  private readonly lock = new Mutex();

  constructor(
    private readonly db: Records,
    private readonly settings: InviteSettings,
  ) {}

  async create(owner: User, prefix: string, role: ShareRole, email: string) {
    if (ownerOf(`${prefix}/`) !== owner.athleteId) {
      throw new ApiError(403, 'not_owner', 'You can only share documents of your own athlete id.');
    }
    if (email.toLowerCase() === owner.email) {
      throw new ApiError(400, 'self_share', 'You already have access to your own documents.');
    }
    await this.refuseOverQuota(owner.id);
    const token = newOpaqueToken();
    const now = Date.now();
    const share: Share = {
      id: randomUUID(),
      ownerId: owner.id,
      ownerEmail: owner.email,
      prefix,
      role,
      email: email.toLowerCase(),
      inviteHash: hashToken(token),
      status: 'pending',
      granteeId: null,
      createdAt: new Date(now).toISOString(),
      acceptedAt: null,
      expiresAt: new Date(now + this.settings.inviteTtlDays * 86_400_000).toISOString(),
    };
    await this.db.batch([
      { type: 'put', key: `share:${share.id}`, value: jsonBytes(share) },
      { type: 'put', key: `invite:${share.inviteHash}`, value: jsonBytes({ shareId: share.id }) },
      { type: 'put', key: `given:${owner.id}:${share.id}`, value: jsonBytes({}) },
    ]);
    return { ...view(share), token };
  }

  accept(user: User, token: string): Promise<ShareView> {
    return this.lock.run(async () => {
      const pointer = await this.db.get(`invite:${hashToken(token)}`);
      const share = pointer
        ? await this.read(z.object({ shareId: z.string() }).parse(bytesJson(pointer)).shareId)
        : null;
      if (!share)
        throw new ApiError(404, 'invite_not_found', 'This invite does not exist or was withdrawn.');
      if (share.email !== user.email) {
        // The link's holder learns only whom it was sent to, so they can sign in as that address.
        throw new ApiError(
          403,
          'invite_for_other',
          `This invite was made for ${share.email}; sign in as ${share.email} to accept it.`,
        );
      }
      if (share.status === 'accepted') return view(share);
      if (this.expired(share)) {
        throw new ApiError(410, 'invite_expired', 'This invite has expired; ask for a new one.');
      }
      const accepted: Share = {
        ...share,
        status: 'accepted',
        granteeId: user.id,
        acceptedAt: new Date().toISOString(),
      };
      await this.db.batch([
        { type: 'put', key: `share:${share.id}`, value: jsonBytes(accepted) },
        { type: 'put', key: `grant:${user.id}:${share.id}`, value: jsonBytes({}) },
      ]);
      return view(accepted);
    });
  }

  /** Whether `token` is a pending invite `ownerId` made for `email` (mailed with a later one). */
  async isPendingInvite(ownerId: string, email: string, token: string): Promise<boolean> {
    const pointer = await this.db.get(`invite:${hashToken(token)}`);
    if (!pointer) return false;
    const { shareId } = z.object({ shareId: z.string() }).parse(bytesJson(pointer));
    const share = await this.read(shareId);
    return (
      share?.ownerId === ownerId &&
      share.email === email.toLowerCase() &&
      share.status === 'pending'
    );
  }

  async list(userId: string): Promise<{ given: ShareView[]; received: ShareView[] }> {
    const given = await this.indexed(`given:${userId}:`);
    const received = await this.indexed(`grant:${userId}:`);
    return { given: given.map(view), received: received.map(view) };
  }

  /** Removes a share (its owner withdraws it or its grantee leaves); answers who lost access. */
  remove(userId: string, shareId: string): Promise<{ granteeId: string | null }> {
    return this.lock.run(async () => {
      const share = await this.read(shareId);
      if (!share || (share.ownerId !== userId && share.granteeId !== userId)) {
        throw new ApiError(404, 'share_not_found', 'There is no such share on your account.');
      }
      const ops: RecordOp[] = [
        { type: 'del', key: `share:${share.id}` },
        { type: 'del', key: `invite:${share.inviteHash}` },
        { type: 'del', key: `given:${share.ownerId}:${share.id}` },
      ];
      if (share.granteeId) ops.push({ type: 'del', key: `grant:${share.granteeId}:${share.id}` });
      await this.db.batch(ops);
      return { granteeId: share.granteeId };
    });
  }

  async grantsFor(userId: string): Promise<Grant[]> {
    const shares = await this.indexed(`grant:${userId}:`);
    return shares.map((s) => ({ prefix: s.prefix, role: s.role }));
  }

  private expired(share: Share): boolean {
    const expiresMs =
      share.expiresAt !== undefined
        ? Date.parse(share.expiresAt)
        : Date.parse(share.createdAt) + this.settings.inviteTtlDays * 86_400_000;
    return expiresMs <= Date.now();
  }

  /** At most `invitesPerHour` invites per account in any hour. */
  private async refuseOverQuota(ownerId: string) {
    const hourAgo = Date.now() - HOUR_MS;
    const given = await this.indexed(`given:${ownerId}:`);
    const recent = given.filter((s) => Date.parse(s.createdAt) > hourAgo).length;
    if (recent < this.settings.invitesPerHour) return;
    this.settings.onQuota();
    throw new ApiError(
      429,
      'invite_quota',
      `You can send ${this.settings.invitesPerHour} invites an hour; please try again later.`,
      { 'retry-after': '600' },
    );
  }

  private async indexed(prefix: string): Promise<Share[]> {
    const keys = await this.db.scan(prefix);
    const shares = await Promise.all(keys.map(([key]) => this.read(key.slice(prefix.length))));
    return shares.filter((s): s is Share => s !== null);
  }

  private async read(id: string): Promise<Share | null> {
    const bytes = await this.db.get(`share:${id}`);
    return bytes ? Share.parse(bytesJson(bytes)) : null;
  }
}
