'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { consoleJson } from './console-api';
import { SupportDocument } from './support-document';

const Grant = z.object({
  id: z.string(),
  ownerEmail: z.string(),
  prefixes: z.array(z.string()),
  expiresAt: z.string(),
});
const Grants = z.object({ grants: z.array(Grant) });
const Docs = z.object({ docs: z.array(z.object({ name: z.string(), bytes: z.number() })) });

// The list of running grants is not audited, so it can be asked often: a grant that ends
// leaves the screen within this long.
const GRANTS_REFETCH_MS = 2_000;

/**
 * Support access in the console: only what athletes granted, only while it runs. Opening a grant
 * and each document read are audited on the relay and shown to the athlete.
 */
export function SupportPanel({ token }: { token: string }) {
  const grants = useQuery({
    queryKey: ['admin-support'],
    queryFn: async () => Grants.parse(await consoleJson(token, 'GET', '/api/admin/support')).grants,
    refetchInterval: GRANTS_REFETCH_MS,
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const open = grants.data?.find((g) => g.id === openId) ?? null;
  return (
    <Card title="Support access">
      <p className="mb-2 text-sm">
        Athletes grant support a read-only look at chosen documents for a while. Each look is
        recorded and shown to them.
      </p>
      {grants.isError ? <p role="alert">{grants.error.message}</p> : null}
      {grants.data?.length === 0 ? (
        <p className="text-sm" data-testid="support-grants-none">
          No athlete has granted support access right now.
        </p>
      ) : null}
      <ul className="grid gap-2" aria-label="Support access granted">
        {grants.data?.map((g) => (
          <li key={g.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span>
              {g.ownerEmail}: {g.prefixes.join(', ')} until {g.expiresAt.slice(11, 16)} UTC
            </span>
            <Button variant="secondary" onClick={() => setOpenId(g.id)}>
              Open {g.ownerEmail}
            </Button>
          </li>
        ))}
      </ul>
      {openId && !open && grants.isSuccess ? (
        <p className="mt-3 text-sm" role="status" data-testid="support-ended">
          That support access has ended; its documents are no longer shown.
        </p>
      ) : null}
      {open ? <GrantDocs key={open.id} token={token} grantId={open.id} /> : null}
    </Card>
  );
}

function GrantDocs({ token, grantId }: { token: string; grantId: string }) {
  const docs = useQuery({
    queryKey: ['admin-support-docs', grantId],
    queryFn: async () =>
      Docs.parse(await consoleJson(token, 'GET', `/api/admin/support/${grantId}/docs`)).docs,
    staleTime: Infinity,
  });
  const [name, setName] = useState<string | null>(null);
  return (
    <div className="mt-3 grid gap-2">
      {docs.isError ? <p role="alert">{docs.error.message}</p> : null}
      <ul
        className="flex flex-wrap gap-2"
        aria-label="Granted documents"
        data-testid="support-docs"
      >
        {docs.data?.map((d) => (
          <li key={d.name}>
            <Button variant={d.name === name ? 'primary' : 'quiet'} onClick={() => setName(d.name)}>
              {d.name.slice(d.name.indexOf('/') + 1)}
            </Button>
          </li>
        ))}
      </ul>
      {docs.data?.length === 0 ? (
        <p className="text-sm">Nothing is stored under the grant yet.</p>
      ) : null}
      {name ? <SupportDocument key={name} token={token} grantId={grantId} name={name} /> : null}
    </div>
  );
}
