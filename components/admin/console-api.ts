'use client';

import { useSyncExternalStore } from 'react';
import { bearerFetch, relayErrorOf } from '@/lib/sync/bearer-fetch';

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
  const outcome = await bearerFetch(token, method, path, body);
  if (!outcome.reached) {
    throw new ConsoleError(0, null, `The relay could not be reached (${outcome.detail}).`);
  }
  const { response } = outcome;
  if (response.ok) return response;
  const error = relayErrorOf(await response.json().catch(() => null));
  if (response.status === 401 && path.startsWith('/api/admin/')) setConsoleToken(null);
  throw new ConsoleError(
    response.status,
    error.code,
    error.message ?? `The relay answered ${response.status}.`,
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
