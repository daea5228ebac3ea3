import type { Session } from '@/lib/sync/session';

export type RelayAnswer = { ok: true; json: unknown } | { ok: false; message: string };

/** One call to the relay's API as the signed-in athlete; failures become a sentence to show. */
export async function relayCall(
  session: Session,
  method: 'GET' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<RelayAnswer> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        authorization: `Bearer ${session.accessToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The sync server could not be reached (${detail}).` };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, json };
  const message = (json as { error?: { message?: unknown } } | null)?.error?.message;
  return {
    ok: false,
    message: typeof message === 'string' ? message : `The sync server answered ${response.status}.`,
  };
}
