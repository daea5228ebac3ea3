import { decodeJwt } from 'jose';
import { attachToAllDocs } from '@/lib/store/doc-registry';
import { refresh } from './auth-client';
import { attachToRelay } from './relay-attachment';
import { sweepStoredDocs } from './sweep-stored-docs';
import { currentSession, saveSession, type Session } from './session';
import { setSignedIn } from './sync-status';

const REFRESH_BEFORE_EXPIRY_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 5_000;

function msUntilRefresh(accessToken: string): number {
  const { exp } = decodeJwt(accessToken);
  if (typeof exp !== 'number') return MIN_REFRESH_DELAY_MS;
  return Math.max(exp * 1000 - Date.now() - REFRESH_BEFORE_EXPIRY_MS, MIN_REFRESH_DELAY_MS);
}

/**
 * Refresh tokens rotate and a reused one ends the whole login, so tabs take turns: inside a Web
 * Lock, a tab first looks whether another tab already refreshed and adopts that session.
 */
async function renewSession(used: Session): Promise<Session | null> {
  const run = async (): Promise<Session | null> => {
    const stored = currentSession();
    if (!stored) return null;
    if (stored.refreshToken !== used.refreshToken) return stored;
    const result = await refresh(stored);
    if (result.ok) {
      saveSession(result.session);
      return result.session;
    }
    if (result.error.type === 'Rejected') saveSession(null);
    return null;
  };
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request('splits-token-refresh', run);
  }
  return run();
}

/** While signed in: every open document syncs with the relay, and the access token stays fresh. */
export function startSync(session: Session): () => void {
  let current = session;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let renewing: Promise<string | null> | null = null;
  let stopped = false;

  const renew = (): Promise<string | null> => {
    renewing ??= renewSession(current).then((next) => {
      renewing = null;
      if (!next || stopped) return null;
      current = next;
      scheduleRefresh();
      return next.accessToken;
    });
    return renewing;
  };

  function scheduleRefresh() {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void renew(), msUntilRefresh(current.accessToken));
  }

  setSignedIn(true);
  scheduleRefresh();
  const detach = attachToAllDocs((open) =>
    attachToRelay(open, { current: () => current.accessToken, renew }),
  );
  sweepStoredDocs(session.athleteId, () => stopped).catch((error: unknown) =>
    console.warn('Checking stored documents against the sync server failed', error),
  );
  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    detach();
    setSignedIn(false);
  };
}
