'use client';

import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { consoleJson } from './console-api';

const Checks = z.object({
  checkedAt: z.string(),
  largeDocuments: z.object({
    thresholdBytes: z.number(),
    total: z.number(),
    items: z.array(z.object({ name: z.string(), bytes: z.number() })),
  }),
  quarantined: z.object({
    items: z.array(z.object({ key: z.string(), at: z.string().nullable() })),
  }),
  uncompacted: z.object({
    minUpdates: z.number(),
    items: z.array(z.object({ name: z.string(), updates: z.number() })),
  }),
  inactiveAccounts: z.object({
    since: z.string(),
    total: z.number(),
    items: z.array(
      z.object({
        userId: z.string(),
        email: z.string().nullable(),
        lastLoginAt: z.string(),
        estimated: z.boolean(),
      }),
    ),
  }),
});

const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;
const day = (iso: string) => iso.slice(0, 10);

/** What may need an operator's look: large, quarantined or uncompacted documents, quiet accounts. */
export function DataChecksPanel({ token }: { token: string }) {
  const query = useQuery({
    queryKey: ['admin-data-checks'],
    queryFn: async () => Checks.parse(await consoleJson(token, 'GET', '/api/admin/data-checks')),
  });
  const c = query.data;
  return (
    <Card title="Data checks">
      <Button variant="secondary" onClick={() => void query.refetch()} disabled={query.isFetching}>
        Check again
      </Button>
      {query.isError ? <p role="alert">{query.error.message}</p> : null}
      {c ? (
        <div className="mt-3 grid gap-4 text-sm" data-testid="data-checks">
          <Check
            title={`Documents over ${mib(c.largeDocuments.thresholdBytes)} (${c.largeDocuments.total})`}
            empty="No document is that large."
            rows={c.largeDocuments.items.map((d) => [d.name, mib(d.bytes)])}
          />
          <Check
            title={`Quarantined records (${c.quarantined.items.length})`}
            empty="No record has been quarantined."
            rows={c.quarantined.items.map((q) => [q.key, q.at ? day(q.at) : '—'])}
          />
          <Check
            title={`Documents with ${c.uncompacted.minUpdates}+ updates not compacted (${c.uncompacted.items.length})`}
            empty="Every document’s log is compacted."
            rows={c.uncompacted.items.map((d) => [d.name, `${d.updates} updates`])}
          />
          <Check
            title={`Accounts with no sign-in since ${day(c.inactiveAccounts.since)} (${c.inactiveAccounts.total})`}
            empty="Every account signed in within the last year."
            rows={c.inactiveAccounts.items.map((a) => [
              a.email ?? a.userId,
              `last ${day(a.lastLoginAt)}${a.estimated ? ' (estimated)' : ''}`,
            ])}
          />
          <p className="text-xs">Checked {c.checkedAt.slice(0, 19).replace('T', ' ')} UTC.</p>
        </div>
      ) : null}
    </Card>
  );
}

function Check({ title, empty, rows }: { title: string; empty: string; rows: string[][] }) {
  return (
    <section>
      <h3 className="font-semibold">{title}</h3>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="grid gap-1">
          {rows.map(([name, value]) => (
            <li key={name} className="flex justify-between gap-2 break-all">
              <span>{name}</span>
              <span>{value}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
