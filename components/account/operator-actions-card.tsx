'use client';

import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { Card } from '@/components/ui/card';
import type { Session } from '@/lib/sync/session';
import { relayCall } from './relay-call';

const Entries = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      actor: z.object({ email: z.string() }),
      action: z.string(),
      result: z.enum(['ok', 'refused', 'failed']),
      detail: z.string().optional(),
    }),
  ),
});

const ACTIONS: Record<string, string> = {
  'account.role': 'changed your role',
  'account.disable': 'disabled your account',
  'account.enable': 'enabled your account',
  'account.logins.revoke': 'signed out your devices',
  'support.open': 'opened your support access',
  'support.view': 'looked at a document through your support access',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What the relay's admins did to this account (from the relay's audit log), newest first. */
export function OperatorActionsCard({ session }: { session: Session }) {
  const query = useQuery({
    queryKey: ['me-audit', session.userId],
    queryFn: async () => {
      const answer = await relayCall(session, 'GET', '/api/me/audit');
      if (!answer.ok) throw new Error(answer.message);
      return Entries.parse(answer.json).entries;
    },
  });
  return (
    <Card title="Admin actions on your account">
      {query.isPending ? <p className="text-sm">Loading…</p> : null}
      {query.isError ? (
        <p className="text-sm" role="status">
          This list needs the sync server: {query.error.message}
        </p>
      ) : null}
      {query.data?.length === 0 ? (
        <p className="text-sm" data-testid="operator-actions-none">
          No admin of this sync server has acted on your account.
        </p>
      ) : null}
      <ul className="grid gap-1 text-sm" data-testid="operator-actions">
        {query.data?.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>: {entry.actor.email}{' '}
            {ACTIONS[entry.action] ?? entry.action}
            {entry.action === 'support.view' && entry.result === 'ok' ? `: ${entry.detail}` : ''}
            {entry.result === 'ok' ? '' : ' (not done)'}
          </li>
        ))}
      </ul>
    </Card>
  );
}
