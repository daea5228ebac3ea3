'use client';

import { useSyncExternalStore } from 'react';

/** A console call the relay refused or could not answer, with its sentence to show. */
export class ConsoleError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleError';
  }
}

const KEY = 'splits.console';
const listeners = new Set<() => void>();

/** The console session token: this tab only (sessionStorage), and short-lived on the relay. */
export function consoleToken(): string | null {
  return window.sessionStorage.getItem(KEY);
}

export function setConsoleToken(token: string | null) {
  if (token) window.sessionStorage.setItem(KEY, token);
  else window.sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function useConsoleToken(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    consoleToken,
    () => null,
  );
}

/** One call to the relay's API with a bearer token; an ended console session clears the token. */
export async function consoleCall(
  token: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConsoleError(0, null, `The relay could not be reached (${detail}).`);
  }
  if (response.ok) return response;
  const json = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  if (response.status === 401 && path.startsWith('/api/admin/')) setConsoleToken(null);
  throw new ConsoleError(
    response.status,
    json?.error?.code ?? null,
    json?.error?.message ?? `The relay answered ${response.status}.`,
  );
}

export async function consoleJson(
  token: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<unknown> {
  return (await consoleCall(token, method, path, body)).json();
}
