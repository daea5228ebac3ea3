'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { consoleJson } from './console-api';
import type { AccountDetail } from './console-types';

type Change = { path: string; method: 'POST' | 'DELETE'; body?: Record<string, unknown> };

type Run = (c: Change) => void;

/** The changes an operator can make to one account, each with their password asked again. */
export function AccountActions({
  token,
  account,
  onGone,
  when,
}: {
  token: string;
  account: AccountDetail;
  onGone: () => void;
  when: (iso: string | null) => string;
}) {
  const [password, setPassword] = useState('');
  const { change, run, done } = useAccountChange(token, account, password, onGone);

  return (
    <div className="mt-4 grid gap-3">
      <h3 className="font-semibold">Signed-in devices</h3>
      <SignedInDevices account={account} password={password} run={run} when={when} />
      {account.role !== 'owner' ? (
        <>
          <Field
            label="Your password (asked again for every change)"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <AccountChanges account={account} password={password} run={run} />
          <DeleteAccount account={account} password={password} run={run} />
        </>
      ) : (
        <p className="text-sm">The owner’s account is changed only by the owner, in Account.</p>
      )}
      <FormError error={change.error ? change.error.message : null} />
      <p role="status" className="text-sm">
        {done}
      </p>
    </div>
  );
}

/** Sends one change with the operator's password, then refreshes the account and the list. */
function useAccountChange(
  token: string,
  account: AccountDetail,
  password: string,
  onGone: () => void,
) {
  const client = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const base = `/api/admin/accounts/${account.userId}`;
  const change = useMutation({
    mutationFn: (c: Change) =>
      consoleJson(token, c.method, `${base}${c.path}`, { password, ...c.body }),
    onSuccess: async (_result, c) => {
      setDone('Done.');
      if (c.method === 'DELETE') onGone();
      await client.invalidateQueries({ queryKey: ['admin-account', account.userId] });
      await client.invalidateQueries({ queryKey: ['admin-accounts'] });
    },
  });
  const run: Run = (c) => {
    setDone(null);
    change.mutate(c);
  };
  return { change, run, done };
}

type ActionProps = { account: AccountDetail; password: string; run: Run };

/** Each signed-in device, with a way to sign it out. */
function SignedInDevices({
  account,
  password,
  run,
  when,
}: ActionProps & { when: (iso: string | null) => string }) {
  return (
    <ul className="grid gap-1 text-sm" data-testid="account-logins">
      {account.logins.map((l) => (
        <li key={l.familyId} className="flex items-center gap-3">
          Last active {when(l.lastActiveAt)}
          <Button
            variant="quiet"
            disabled={!password}
            onClick={() =>
              run({ path: '/logins/revoke', method: 'POST', body: { familyId: l.familyId } })
            }
          >
            Sign out this device
          </Button>
        </li>
      ))}
      {account.logins.length === 0 ? <li>No device is signed in.</li> : null}
    </ul>
  );
}

/** Signing out everywhere, disabling, and the coach and admin labels. */
function AccountChanges({ account, password, run }: ActionProps) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        variant="secondary"
        disabled={!password || account.logins.length === 0}
        onClick={() => run({ path: '/logins/revoke', method: 'POST' })}
      >
        Sign out everywhere
      </Button>
      <Button
        variant="secondary"
        disabled={!password}
        onClick={() => run({ path: account.disabled ? '/enable' : '/disable', method: 'POST' })}
      >
        {account.disabled ? 'Enable account' : 'Disable account'}
      </Button>
      {account.role === 'athlete' || account.role === 'coach' ? (
        <Button
          variant="secondary"
          disabled={!password}
          onClick={() =>
            run({
              path: '/role',
              method: 'POST',
              body: { role: account.role === 'coach' ? 'athlete' : 'coach' },
            })
          }
        >
          {account.role === 'coach' ? 'Remove the coach label' : 'Label as coach'}
        </Button>
      ) : null}
      <Button
        variant="secondary"
        disabled={!password}
        onClick={() =>
          run({
            path: '/role',
            method: 'POST',
            body: { role: account.role === 'admin' ? 'athlete' : 'admin' },
          })
        }
      >
        {account.role === 'admin' ? 'Take admin (owner only)' : 'Make admin (owner only)'}
      </Button>
    </div>
  );
}

/** Deleting the account, once its email address is typed out. */
function DeleteAccount({ account, password, run }: ActionProps) {
  const [confirm, setConfirm] = useState('');
  return (
    <>
      <Field
        label={`Type ${account.email} to delete this account`}
        value={confirm}
        autoComplete="off"
        onChange={(e) => setConfirm(e.target.value)}
      />
      <Button
        variant="danger"
        disabled={!password || confirm.trim().toLowerCase() !== account.email}
        onClick={() => run({ path: '', method: 'DELETE', body: { confirmEmail: confirm.trim() } })}
      >
        Delete this account and its data on the relay
      </Button>
    </>
  );
}
