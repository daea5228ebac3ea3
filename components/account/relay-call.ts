import { bearerFetch, relayErrorOf } from '@/lib/sync/bearer-fetch';
import type { Session } from '@/lib/sync/session';

export type RelayAnswer = { ok: true; json: unknown } | { ok: false; message: string };

/** One call to the relay's API as the signed-in athlete; failures become a sentence to show. */
export async function relayCall(
  session: Session,
  method: 'GET' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<RelayAnswer> {
  const outcome = await bearerFetch(session.accessToken, method, path, body);
  if (!outcome.reached) {
    return { ok: false, message: `The sync server could not be reached (${outcome.detail}).` };
  }
  const { response } = outcome;
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, json };
  return {
    ok: false,
    message: relayErrorOf(json).message ?? `The sync server answered ${response.status}.`,
  };
}
