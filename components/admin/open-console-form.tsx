'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { Session } from '@/lib/sync/session';
import { setConsoleToken } from './console-api';

/** Opening a console session: the signed-in operator's password again (the relay checks the role). */
export function OpenConsoleForm({ session }: { session: Session }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/admin/session', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${session.accessToken}`,
        },
        body: JSON.stringify({ password }),
      });
      const json = (await response.json().catch(() => null)) as {
        token?: string;
        error?: { message?: string };
      } | null;
      if (response.ok && json?.token) setConsoleToken(json.token);
      else setError(json?.error?.message ?? `The relay answered ${response.status}.`);
    } catch (cause) {
      setError(`The relay could not be reached (${String(cause)}).`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Open the console">
      <form
        className="grid max-w-sm gap-3"
        aria-label="Open the console"
        onSubmit={(e) => void submit(e)}
      >
        <p className="text-sm">
          Signed in as {session.email}. The console asks for your password again and closes itself
          after a while.
        </p>
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <FormError error={error} />
        <Button type="submit" disabled={busy || !password}>
          Open the console
        </Button>
      </form>
    </Card>
  );
}
