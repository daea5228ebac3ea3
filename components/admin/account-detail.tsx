'use client';

import { useQuery } from '@tanstack/react-query';
import { Card } from '@/components/ui/card';
import { AccountActions } from './account-actions';
import { consoleJson } from './console-api';
import { AccountDetail } from './console-types';

const when = (iso: string | null) => (iso ? iso.replace('T', ' ').slice(0, 16) + ' UTC' : '—');

function kib(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** One account: when it was made and last seen, its logins, shares, storage, and what can be done. */
export function AccountDetailPanel({
  token,
  userId,
  onGone,
}: {
  token: string;
  userId: string;
  onGone: () => void;
}) {
  const query = useQuery({
    queryKey: ['admin-account', userId],
    queryFn: async () =>
      AccountDetail.parse(await consoleJson(token, 'GET', `/api/admin/accounts/${userId}`)),
  });
  const a = query.data;
  if (query.isError) {
    return (
      <Card title="Account">
        <p role="alert" className="text-sm">
          {query.error.message}
        </p>
      </Card>
    );
  }
  if (!a) return <Card title="Account">Loading…</Card>;
  return (
    <Card title={a.email}>
      <dl
        className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm"
        data-testid="account-detail"
      >
        <dt>Role</dt>
        <dd>{a.role}</dd>
        <dt>Status</dt>
        <dd data-testid="account-status">
          {a.disabled ? `Disabled since ${when(a.disabledAt)}` : 'Active'}
        </dd>
        <dt>Created</dt>
        <dd>{when(a.createdAt)}</dd>
        <dt>Last seen</dt>
        <dd>{when(a.lastSeenAt)}</dd>
        <dt>Athlete id</dt>
        <dd className="font-mono text-xs">{a.athleteId}</dd>
      </dl>
      <h3 className="mt-4 font-semibold">Storage on the relay</h3>
      {a.storage.length === 0 ? <p className="text-sm">Nothing stored yet.</p> : null}
      <ul className="text-sm">
        {a.storage.map((s) => (
          <li key={s.prefix}>
            <span className="font-mono text-xs">{s.prefix}</span>: {s.documents} documents,{' '}
            {kib(s.bytes)}
          </li>
        ))}
      </ul>
      <h3 className="mt-4 font-semibold">Shares</h3>
      <ul className="text-sm">
        {a.shares.given.map((s) => (
          <li key={s.id}>
            Gives {s.role} on <span className="font-mono text-xs">{s.prefix}</span> to {s.email} (
            {s.status})
          </li>
        ))}
        {a.shares.received.map((s) => (
          <li key={s.id}>
            Receives {s.role} on <span className="font-mono text-xs">{s.prefix}</span> from{' '}
            {s.ownerEmail}
          </li>
        ))}
        {a.shares.given.length + a.shares.received.length === 0 ? <li>No shares.</li> : null}
      </ul>
      <AccountActions token={token} account={a} onGone={onGone} when={when} />
    </Card>
  );
}
