/** A call to the relay's JSON API with a bearer token: reached with a response, or not reached. */
export type BearerOutcome =
  { reached: true; response: Response } | { reached: false; detail: string };

export async function bearerFetch(
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<BearerOutcome> {
  try {
    const response = await fetch(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { reached: true, response };
  } catch (error) {
    return { reached: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The relay's `{ error: { code, message } }` from a refusal's body, when it sent one. */
export function relayErrorOf(json: unknown): { code: string | null; message: string | null } {
  const error = (json as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    code: typeof error?.code === 'string' ? error.code : null,
    message: typeof error?.message === 'string' ? error.message : null,
  };
}
