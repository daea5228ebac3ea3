'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { FormError } from '@/components/ui/form-error';

export function CredentialsForm({
  mode,
  onSubmit,
}: {
  mode: 'sign-up' | 'sign-in';
  onSubmit: (email: string, password: string) => Promise<string | null>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(await onSubmit(String(form.get('email') ?? ''), String(form.get('password') ?? '')));
    setBusy(false);
  };
  const label = mode === 'sign-up' ? 'Create account' : 'Sign in';
  return (
    <form onSubmit={submit} aria-label={label}>
      <fieldset disabled={!hydrated} className="grid gap-3">
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field
          label="Password"
          name="password"
          type="password"
          minLength={8}
          autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
          hint={mode === 'sign-up' ? 'At least 8 characters.' : undefined}
          required
        />
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? 'Please wait…' : label}
          </Button>
        </div>
        <FormError error={error} />
      </fieldset>
    </form>
  );
}
