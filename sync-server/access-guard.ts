import { roleFor, type Role } from './access.ts';
import type { Accounts } from './accounts.ts';
import { docNameFromPath } from './doc-name.ts';
import type { Logger } from './log.ts';
import { StoreUnavailable } from './reachability.ts';
import type { Shares } from './shares.ts';
import { CLOSE } from './close-codes.ts';
import { verifyAccessToken } from './tokens.ts';

export type Refusal = { code: number; reason: string };
export type Admission = {
  docName: string;
  identity: { userId: string; familyId: string; role: Role };
  /** When the access token runs out; the connection is closed (4401) then. */
  tokenExpiresAtMs: number;
};

/** What the guard needs of an open connection to re-judge it. */
export interface Guarded {
  readonly userId: string;
  readonly familyId: string;
  readonly docName: string;
  role: Role;
  close(code: number, reason: string): void;
}

/**
 * Decides who may open which document (at the upgrade, before anything is sent) and keeps
 * judging open connections: a revoked share or an ended login closes them with 4403 / 4401.
 */
export class AccessGuard {
  readonly open = new Set<Guarded>();
  private writesAtLastRecheck: number | null = null;

  constructor(
    private readonly accounts: Accounts,
    private readonly shares: Shares,
    private readonly signingKey: Uint8Array,
    private readonly log: Logger,
    /** Record writes so far when only this process writes records (see Storage); else null. */
    private readonly recordWrites: (() => number) | null = null,
  ) {}

  async admit(requestUrl: string): Promise<Refusal | Admission> {
    const url = new URL(requestUrl, 'http://relay');
    const docName = docNameFromPath(url.pathname);
    if (!docName) {
      return {
        code: CLOSE.malformed,
        reason: 'not a document name: /sync/<athleteId>/<kind>[/<id>]',
      };
    }
    const token = url.searchParams.get('token');
    if (!token) return { code: CLOSE.unauthenticated, reason: 'sign in required' };
    const check = await verifyAccessToken(this.signingKey, token);
    if (!check.ok) {
      const reason = check.reason === 'expired' ? 'token expired' : 'invalid token';
      return { code: CLOSE.unauthenticated, reason };
    }
    const { userId, athleteId, familyId } = check.claims;
    if (!(await this.accounts.isFamilyActive(familyId))) {
      return { code: CLOSE.unauthenticated, reason: 'signed out' };
    }
    const role = roleFor(docName, athleteId, await this.shares.grantsFor(userId));
    if (!role) return { code: CLOSE.forbidden, reason: 'no access to this document' };
    return { docName, identity: { userId, familyId, role }, tokenExpiresAtMs: check.expiresAtMs };
  }

  closeFamily(familyId: string) {
    for (const c of this.open)
      if (c.familyId === familyId) c.close(CLOSE.unauthenticated, 'signed out');
  }

  /** Re-judges one user's connections now (after a share of theirs was removed). */
  recheckUser(userId: string) {
    this.recheck(
      userId,
      [...this.open].filter((c) => c.userId === userId),
    ).catch((error: unknown) => this.recheckFailed(error, userId));
  }

  /** Re-judges every open connection (periodically, for changes this process did not see). */
  recheckAll() {
    // When only this process writes records, every write that could change a verdict re-judges
    // its users at once (recheckUser, closeFamily); the periodic pass then only has to catch a
    // connection admitted while such a write was under way, so it can skip while nothing changed.
    const writes = this.recordWrites?.() ?? null;
    if (writes !== null && writes === this.writesAtLastRecheck) return;
    this.writesAtLastRecheck = writes;
    const byUser = new Map<string, Guarded[]>();
    for (const c of this.open) byUser.set(c.userId, [...(byUser.get(c.userId) ?? []), c]);
    for (const [userId, mine] of byUser) {
      this.recheck(userId, mine).catch((error: unknown) => this.recheckFailed(error, userId));
    }
  }

  /**
   * Connections stay open while the store is unreachable (logged once when it went): the next
   * pass after it returns judges them again.
   */
  private recheckFailed(error: unknown, userId: string) {
    if (error instanceof StoreUnavailable) return;
    this.log.error({ err: error, user: userId }, 'access re-check failed');
  }

  private async recheck(userId: string, mine: Guarded[]) {
    if (mine.length === 0) return;
    const user = await this.accounts.user(userId);
    const grants = await this.shares.grantsFor(userId);
    const active = new Map<string, boolean>();
    for (const c of mine) {
      if (!active.has(c.familyId))
        active.set(c.familyId, await this.accounts.isFamilyActive(c.familyId));
      const role = user ? roleFor(c.docName, user.athleteId, grants) : null;
      if (!active.get(c.familyId)) c.close(CLOSE.unauthenticated, 'signed out');
      else if (role === null) c.close(CLOSE.forbidden, 'access to this document was revoked');
      else c.role = role;
    }
  }
}
