'use client';

import { useSyncExternalStore } from 'react';
import { z } from 'zod';

export const sessionSchema = z.object({
  userId: z.string().min(1),
  athleteId: z.uuid(),
  email: z.string(),
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
});

export type Session = z.infer<typeof sessionSchema>;

const STORAGE_KEY = 'splits.session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

/** The signed-in account on this device, if any (kept in this origin's local storage). */
export function currentSession(): Session | null {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw === cached.raw) return cached.session;
  let session: Session | null = null;
  if (raw) {
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    session = parsed.success ? parsed.data : null;
  }
  cached = { raw, session };
  return session;
}

export function saveSession(session: Session | null): void {
  if (session)
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(sessionSchema.parse(session)));
  else window.localStorage.removeItem(STORAGE_KEY);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab signing in or out changes local storage; follow it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, currentSession, () => null);
}
