'use client';

import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { WorkProgress } from '@/components/settings/work-progress';
import { currentAthleteId } from '@/lib/store/current-athlete';
import { eraseThisDevice } from '@/lib/store/erase-device';
import { login, logout, register } from '@/lib/sync/auth-client';
import { saveSession, useSession, type Session } from '@/lib/sync/session';
import { CredentialsForm } from './credentials-form';
import { SignedInCard } from './signed-in-card';
import { DeleteAccountCard } from './delete-account-card';
import { OperatorActionsCard } from './operator-actions-card';
import { joinMessage } from './join-message';
import { joinAccount } from '@/lib/data/join-account';

export function AccountScreen() {
  const session = useSession();
  const [note, setNote] = useState<string | null>(null);
  const { merging, signUp, signIn } = useEnterAccount(setNote);

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
      {merging ? (
        <WorkProgress
          label="Adding this device’s training to your account"
          verb="Adding this device’s training to your account"
          {...merging}
        />
      ) : null}
      <p role="status" aria-live="polite" className="mb-4 text-sm" data-testid="account-note">
        {note}
      </p>
      {session ? (
        <div className="grid gap-4">
          <SignedInCard session={session} onSignOut={(erase) => void signOut(erase)} />
          <OperatorActionsCard session={session} />
          <DeleteAccountCard
            session={session}
            onDeleted={() => {
              saveSession(null);
              setNote('Your account was deleted from the sync server. Your training stays here.');
            }}
          />
        </div>
      ) : (
        <SignedOutCards signUp={signUp} signIn={signIn} />
      )}
    </div>
  );
}

type Submit = (email: string, password: string) => Promise<string | null>;

/**
 * Signing up or in; the device's own training becomes the account's before the session is saved,
 * with the merge's progress shown meanwhile.
 */
function useEnterAccount(setNote: (note: string | null) => void) {
  const [merging, setMerging] = useState<{ done: number; total: number } | null>(null);

  const enter = async (next: Session): Promise<string | null> => {
    setMerging({ done: 0, total: 0 });
    try {
      const outcome = await joinAccount(next.athleteId, () => saveSession(next), setMerging);
      setNote(joinMessage(outcome));
      return null;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      await logout(next).catch((cause: unknown) => console.warn('Sign-out not confirmed', cause));
      return `Your training on this device could not be added to your account (${detail}). Nothing was changed or removed here; try signing in again.`;
    } finally {
      setMerging(null);
    }
  };

  const signUp: Submit = async (email, password) => {
    const result = await register(email, password, currentAthleteId());
    return result.ok ? enter(result.session) : result.error.message;
  };

  const signIn: Submit = async (email, password) => {
    const result = await login(email, password);
    return result.ok ? enter(result.session) : result.error.message;
  };

  return { merging, signUp, signIn };
}

/** Creating an account or signing in to one. */
function SignedOutCards({ signUp, signIn }: { signUp: Submit; signIn: Submit }) {
  return (
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
  );
}
