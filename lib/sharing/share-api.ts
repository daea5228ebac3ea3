import { z } from 'zod';
import { bearerFetch } from '@/lib/sync/bearer-fetch';
import { currentSession } from '@/lib/sync/session';
import type { ScopeGrant } from './share-scopes';

export const shareViewSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  ownerEmail: z.string(),
  prefix: z.string(),
  role: z.enum(['editor', 'viewer']),
  email: z.string(),
  status: z.enum(['pending', 'accepted']),
  granteeId: z.string().nullable(),
  createdAt: z.string(),
  acceptedAt: z.string().nullable(),
  expiresAt: z.string().optional(),
});
export type ShareView = z.infer<typeof shareViewSchema>;

export const shareListSchema = z.object({
  given: z.array(shareViewSchema),
  received: z.array(shareViewSchema),
});
export type ShareList = z.infer<typeof shareListSchema>;

const createdSchema = shareViewSchema.extend({ token: z.string() });
const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** A share call that did not succeed: the relay said no, or could not be reached. */
export class ShareApiError extends Error {
  constructor(
    readonly type: 'Rejected' | 'Unreachable' | 'SignedOut',
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ShareApiError';
  }
}

async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const session = currentSession();
  if (!session) throw new ShareApiError('SignedOut', null, 'Sign in to share your training.');
  const outcome = await bearerFetch(session.accessToken, method, path, body);
  if (!outcome.reached) {
    throw new ShareApiError(
      'Unreachable',
      null,
      `The sync server could not be reached (${outcome.detail}).`,
    );
  }
  const { response } = outcome;
  if (response.status === 204) return null;
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return json;
  const parsed = errorSchema.safeParse(json);
  throw new ShareApiError(
    'Rejected',
    parsed.success ? parsed.data.error.code : null,
    parsed.success ? parsed.data.error.message : `The sync server answered ${response.status}.`,
  );
}

export async function listShares(): Promise<ShareList> {
  return shareListSchema.parse(await call('GET', '/api/shares'));
}

/**
 * One invite is one share per area. The last call names the earlier tokens, so a relay that can
 * send mail sends one message with the whole link.
 */
export async function createInvite(email: string, grants: readonly ScopeGrant[]) {
  const tokens: string[] = [];
  const shares: ShareView[] = [];
  for (const [i, grant] of grants.entries()) {
    const last = i === grants.length - 1;
    const body = { ...grant, email, ...(last ? { mailWith: tokens } : {}) };
    const created = createdSchema.parse(await call('POST', '/api/shares', body));
    tokens.push(created.token);
    shares.push(created);
  }
  return { tokens, shares };
}

export async function acceptInvite(tokens: readonly string[]): Promise<ShareView[]> {
  const accepted: ShareView[] = [];
  for (const token of tokens) {
    accepted.push(shareViewSchema.parse(await call('POST', '/api/shares/accept', { token })));
  }
  return accepted;
}

export async function removeShares(ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    try {
      await call('DELETE', `/api/shares/${id}`);
    } catch (error) {
      // Already gone (removed from another device) is what was asked for.
      if (!(error instanceof ShareApiError && error.code === 'share_not_found')) throw error;
    }
  }
}

export const supportGrantSchema = z.object({
  id: z.string(),
  prefixes: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string(),
  endedAt: z.string().nullable(),
});
export type SupportGrant = z.infer<typeof supportGrantSchema>;

/** Support access: the relay's admins may read these documents, read-only, until `durationS` from now. */
export async function grantSupport(prefixes: readonly string[], durationS: number) {
  return supportGrantSchema.parse(await call('POST', '/api/support', { prefixes, durationS }));
}

export async function listSupportGrants(): Promise<SupportGrant[]> {
  return z.object({ grants: z.array(supportGrantSchema) }).parse(await call('GET', '/api/support'))
    .grants;
}

export async function endSupportGrant(id: string): Promise<void> {
  await call('DELETE', `/api/support/${id}`);
}
