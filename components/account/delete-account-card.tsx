'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { Session } from '@/lib/sync/session';
import { relayCall } from './relay-call';

/**
 * Deleting the account on the relay, behind a typed confirmation (the account's email) and the
 * password. What is on this device stays here.
 */
export function DeleteAccountCard({
  session,
  onDeleted,
}: {
  session: Session;
  onDeleted: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmed = typed.trim().toLowerCase() === session.email.toLowerCase();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed || busy) return;
    setBusy(true);
    const answer = await relayCall(session, 'DELETE', '/api/me', { password });
    setBusy(false);
    if (answer.ok) onDeleted();
    else setError(answer.message);
  };

  return (
    <Card title="Delete account">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Deleting your account removes it from the sync server with everything backed up there, your
        sign-ins and your shares. The training on this device stays here.
      </p>
      {open ? (
        <form className="mt-3 grid gap-3" onSubmit={(e) => void submit(e)}>
          <Field
            label={`Type ${session.email} to confirm`}
            value={typed}
            autoComplete="off"
            onChange={(e) => setTyped(e.target.value)}
          />
          <Field
            label="Your password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <FormError error={error} />
          <div className="flex flex-wrap gap-3">
            <Button variant="danger" type="submit" disabled={!confirmed || !password || busy}>
              {busy ? 'Deleting…' : 'Delete my account'}
            </Button>
            <Button variant="secondary" type="button" onClick={() => setOpen(false)}>
              Keep my account
            </Button>
          </div>
        </form>
      ) : (
        <Button className="mt-3" variant="secondary" onClick={() => setOpen(true)}>
          Delete account…
        </Button>
      )}
    </Card>
  );
}
