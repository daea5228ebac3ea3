'use client';

import { useState } from 'react';
import { CredentialsForm } from '@/components/account/credentials-form';
import { joinMessage } from '@/components/account/join-message';
import { joinAccount } from '@/lib/data/join-account';
import { currentAthleteId } from '@/lib/store/current-athlete';
import { login, logout, register } from '@/lib/sync/auth-client';
import { saveSession, type Session } from '@/lib/sync/session';

/** Sign in or sign up on the invite page; the invite is accepted as soon as there is a session. */
export function SignInToAccept() {
  const [mode, setMode] = useState<'sign-in' | 'sign-up'>('sign-in');
  const [note, setNote] = useState<string | null>(null);

  // As on the Account page: the device's own training becomes the account's first.
  const enter = async (next: Session): Promise<string | null> => {
    try {
      const outcome = await joinAccount(
        next.athleteId,
        () => saveSession(next),
        () => undefined,
      );
      setNote(joinMessage(outcome));
      return null;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      await logout(next).catch((cause: unknown) => console.warn('Sign-out not confirmed', cause));
      return `Signing in could not finish (${detail}). Nothing was changed here; try again.`;
    }
  };
  const submit = async (email: string, password: string) => {
    const result =
      mode === 'sign-up'
        ? await register(email, password, currentAthleteId())
        : await login(email, password);
    return result.ok ? enter(result.session) : result.error.message;
  };

  return (
    <div className="grid gap-3">
      <p>Sign in with the email the invite was sent to, or create an account with it.</p>
      <CredentialsForm key={mode} mode={mode} onSubmit={submit} />
      <button
        type="button"
        className="justify-self-start text-sm text-link underline"
        onClick={() => setMode(mode === 'sign-in' ? 'sign-up' : 'sign-in')}
      >
        {mode === 'sign-in' ? 'New here? Create an account instead' : 'Have an account? Sign in'}
      </button>
      {note ? <p role="status">{note}</p> : null}
    </div>
  );
}
