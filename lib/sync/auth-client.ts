import { z } from 'zod';
import type { Session } from './session';

const authResponseSchema = z.object({
  userId: z.string().min(1),
  athleteId: z.uuid(),
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
});

const errorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export type AuthError = {
  type: 'Rejected' | 'Unreachable' | 'Unexpected';
  /** The relay's own code (e.g. "invalid_credentials"), when it gave one. */
  code: string | null;
  message: string;
};

export type AuthResult = { ok: true; session: Session } | { ok: false; error: AuthError };

async function post(path: string, body: unknown, email: string): Promise<AuthResult> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        type: 'Unreachable',
        code: null,
        message: `The sync server could not be reached (${detail}). Your data stays on this device; try again when you are online.`,
      },
    };
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(json);
    return {
      ok: false,
      error: {
        type: 'Rejected',
        code: parsed.success ? parsed.data.error.code : null,
        message: parsed.success
          ? parsed.data.error.message
          : `The sync server answered ${response.status}.`,
      },
    };
  }
  const parsed = authResponseSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        type: 'Unexpected',
        code: null,
        message: 'The sync server sent a reply we do not understand.',
      },
    };
  }
  return { ok: true, session: { ...parsed.data, email } };
}

/** Creating an account hands over this device's athlete id, so its documents become the account's. */
export function register(email: string, password: string, athleteId: string): Promise<AuthResult> {
  return post('/api/auth/register', { email, password, athleteId }, email);
}

export function login(email: string, password: string): Promise<AuthResult> {
  return post('/api/auth/login', { email, password }, email);
}

/** Refresh tokens rotate on every use: the returned session replaces the old one. */
export function refresh(session: Session): Promise<AuthResult> {
  return post('/api/auth/refresh', { refreshToken: session.refreshToken }, session.email);
}

export async function logout(session: Session): Promise<void> {
  const response = await fetch('/api/auth/logout', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
    body: JSON.stringify({ refreshToken: session.refreshToken }),
  });
  if (!response.ok && response.status !== 401) {
    throw new Error(`Signing out on the server failed (${response.status}).`);
  }
}
