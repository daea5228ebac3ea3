// Calls to the relay's HTTP API, as the app makes them.

/** Tests read `/metrics` and the detailed `/healthz` with this. */
export const ADMIN_TOKEN = 'admin-token-of-the-tests-at-least-32-characters';

export type Session = {
  userId: string;
  athleteId: string;
  accessToken: string;
  refreshToken: string;
};

let counter = 0;
export function uniqueEmail(label = 'athlete') {
  counter += 1;
  return `${label}-${process.pid}-${Date.now()}-${counter}@example.com`;
}

export async function api(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/** The detailed `/healthz` (JSON) or `/metrics` (text), read with the admin token. */
export async function adminGet(base: string, path: '/healthz' | '/metrics') {
  const res = await fetch(`${base}${path}`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  return { status: res.status, text: await res.text() };
}

export async function register(
  base: string,
  email = uniqueEmail(),
  password = 'a long enough password',
) {
  const res = await api(base, 'POST', '/api/auth/register', { email, password });
  if (res.status !== 201)
    throw new Error(`register failed: ${res.status} ${JSON.stringify(res.json)}`);
  return { ...(res.json as Session), email, password };
}
