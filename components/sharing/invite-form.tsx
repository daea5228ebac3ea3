'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { inviteLink, type ShareChoice } from '@/lib/sharing/share-scopes';
import { useInvite } from '@/lib/sharing/use-shares';

const READ_ONLY = [
  { name: 'activities', label: 'Activities (each session in detail)' },
  { name: 'journal', label: 'Journal (sleep, soreness, HRV, notes)' },
  { name: 'fitness', label: 'Fitness (form and load, from your activity list)' },
] as const;

/** Who to invite and what they may see; the plan can be shared to edit or only to view. */
export function InviteForm({ onInvited }: { onInvited: (email: string, url: string) => void }) {
  const invite = useInvite();
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const plan = String(form.get('plan') ?? 'none');
    const choice: ShareChoice = {
      plan: plan === 'editor' || plan === 'viewer' ? plan : null,
      activities: form.get('activities') === 'on',
      journal: form.get('journal') === 'on',
      fitness: form.get('fitness') === 'on',
    };
    setError(null);
    invite.mutate(
      { email, choice },
      {
        onSuccess: ({ tokens }) => onInvited(email, inviteLink(window.location.origin, tokens)),
        onError: (e) => setError(e.message),
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Invite a coach" className="grid gap-3">
      <Field label="Coach's email" name="email" type="email" autoComplete="off" required />
      <label className="flex flex-col gap-1 text-sm font-medium">
        Your plan
        <select
          name="plan"
          defaultValue="editor"
          className="max-w-sm rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
        >
          <option value="editor">Can edit</option>
          <option value="viewer">Can view</option>
          <option value="none">Not shared</option>
        </select>
      </label>
      <fieldset className="grid gap-1">
        <legend className="text-sm font-medium">Also to view (read-only)</legend>
        {READ_ONLY.map(({ name, label }) => (
          <label key={name} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} defaultChecked />
            {label}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={invite.isPending}>
          {invite.isPending ? 'Inviting…' : 'Invite'}
        </Button>
      </div>
      <FormError error={error} />
    </form>
  );
}
