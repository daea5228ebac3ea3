'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { currentAthleteId, switchAthlete } from '@/lib/store/current-athlete';
import { eraseThisDevice } from '@/lib/store/erase-device';
import { login, logout, register } from '@/lib/sync/auth-client';
import { saveSession, useSession } from '@/lib/sync/session';
import { CredentialsForm } from './credentials-form';

export function AccountScreen() {
  const session = useSession();
  const [confirmErase, setConfirmErase] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  const signUp = async (email: string, password: string) => {
    const result = await register(email, password, currentAthleteId());
    if (!result.ok) return result.error.message;
    if (result.session.athleteId !== currentAthleteId()) switchAthlete(result.session.athleteId);
    saveSession(result.session);
    return null;
  };

  const signIn = async (email: string, password: string) => {
    const result = await login(email, password);
    if (!result.ok) return result.error.message;
    if (result.session.athleteId !== currentAthleteId()) {
      switchAthlete(result.session.athleteId);
      setNote(
        'This device now shows the account’s training. What was here before stays stored on this device.',
      );
    }
    saveSession(result.session);
    return null;
  };

  const signOut = async (erase: boolean) => {
    // Forget the session here first: sync detaches at once, so the relay closing this login's
    // sockets on logout cannot send a provider off to refresh a token that is being revoked.
    saveSession(null);
    if (session) {
      await logout(session).catch((error: unknown) =>
        console.warn('The sync server did not confirm sign-out', error),
      );
    }
    if (erase) {
      await eraseThisDevice();
      window.location.assign('/');
    } else {
      setNote('Signed out. Your training stays on this device.');
    }
  };

  return (
    <div>
      <PageHeader title="Account">
        Optional. An account backs up your training and keeps your devices and coach in step.
      </PageHeader>
      {note ? (
        <p role="status" className="mb-4 text-sm">
          {note}
        </p>
      ) : null}
      {session ? (
        <div className="grid gap-4">
          <Card title="Signed in">
            <p className="text-sm" data-testid="signed-in-as">
              Signed in as {session.email}.
            </p>
            <div className="mt-3 flex flex-wrap gap-3">
              <Button variant="secondary" onClick={() => void signOut(false)}>
                Sign out
              </Button>
              {confirmErase ? (
                <>
                  <Button variant="danger" onClick={() => void signOut(true)}>
                    Yes, sign out and erase this device
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirmErase(false)}>
                    Keep my data here
                  </Button>
                </>
              ) : (
                <Button variant="secondary" onClick={() => setConfirmErase(true)}>
                  Sign out and erase this device…
                </Button>
              )}
            </div>
            <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">
              Signing out keeps everything on this device. Erasing removes it from this browser;
              what is backed up stays in your account.
            </p>
          </Card>
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Card title="Create an account">
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
              Everything already on this device becomes part of the new account.
            </p>
            <CredentialsForm mode="sign-up" onSubmit={signUp} />
          </Card>
          <Card title="Sign in">
            <CredentialsForm mode="sign-in" onSubmit={signIn} />
          </Card>
        </div>
      )}
    </div>
  );
}
