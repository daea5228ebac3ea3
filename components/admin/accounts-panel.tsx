'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { AccountDetailPanel } from './account-detail';
import { consoleJson } from './console-api';
import { AccountPage, type AccountSummary } from './console-types';

type Filters = { q: string; role: string; status: string };

function accountsPath(filters: Filters, after: string | null) {
  const params = new URLSearchParams({ limit: '25' });
  if (filters.q) params.set('q', filters.q);
  if (filters.role) params.set('role', filters.role);
  if (filters.status) params.set('status', filters.status);
  if (after) params.set('after', after);
  return `/api/admin/accounts?${params}`;
}

const selectClass =
  'rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950';

/** Accounts by email prefix, role and status, 25 a page; one opens in detail below. */
export function AccountsPanel({ token }: { token: string }) {
  const [filters, setFilters] = useState<Filters>({ q: '', role: '', status: '' });
  // The `after` cursor of each page shown so far: the last one is the current page's.
  const [pages, setPages] = useState<Array<string | null>>([null]);
  const [selected, setSelected] = useState<string | null>(null);
  const after = pages.at(-1) ?? null;
  const query = useQuery({
    queryKey: ['admin-accounts', filters, after],
    queryFn: async () =>
      AccountPage.parse(await consoleJson(token, 'GET', accountsPath(filters, after))),
    placeholderData: keepPreviousData,
  });
  const filter = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setPages([null]);
  };

  return (
    <div className="grid gap-4">
      <Card title="Accounts">
        <AccountFilters filters={filters} filter={filter} />
        {query.isError ? (
          <p role="alert" className="text-sm">
            {query.error.message}
          </p>
        ) : null}
        <AccountTable accounts={query.data?.accounts ?? []} onOpen={setSelected} />
        <div className="mt-3 flex gap-3">
          <Button
            variant="secondary"
            disabled={pages.length < 2}
            onClick={() => setPages(pages.slice(0, -1))}
          >
            Previous page
          </Button>
          <Button
            variant="secondary"
            disabled={!query.data?.next}
            onClick={() => setPages([...pages, query.data?.next ?? null])}
          >
            Next page
          </Button>
        </div>
      </Card>
      {selected ? (
        <AccountDetailPanel token={token} userId={selected} onGone={() => setSelected(null)} />
      ) : null}
    </div>
  );
}

/** The email prefix, role and status the list is narrowed by. */
function AccountFilters({
  filters,
  filter,
}: {
  filters: Filters;
  filter: (next: Partial<Filters>) => void;
}) {
  return (
    <div className="mb-3 flex flex-wrap items-end gap-3">
      <Field
        label="Email starts with"
        type="search"
        value={filters.q}
        onChange={(e) => filter({ q: e.target.value })}
      />
      <label className="grid gap-1 text-sm">
        Role
        <select
          className={selectClass}
          value={filters.role}
          onChange={(e) => filter({ role: e.target.value })}
        >
          <option value="">Any</option>
          <option value="athlete">Athlete</option>
          <option value="coach">Coach</option>
          <option value="admin">Admin</option>
          <option value="owner">Owner</option>
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        Status
        <select
          className={selectClass}
          value={filters.status}
          onChange={(e) => filter({ status: e.target.value })}
        >
          <option value="">Any</option>
          <option value="active">Active</option>
          <option value="disabled">Disabled</option>
        </select>
      </label>
    </div>
  );
}

/** One page of accounts; an email opens that account in detail. */
function AccountTable({
  accounts,
  onOpen,
}: {
  accounts: AccountSummary[];
  onOpen: (userId: string) => void;
}) {
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr>
          <th>Email</th>
          <th>Role</th>
          <th>Status</th>
          <th>Created</th>
        </tr>
      </thead>
      <tbody data-testid="account-rows">
        {accounts.map((a) => (
          <tr key={a.userId} className="border-t border-slate-200 dark:border-slate-800">
            <td>
              <button type="button" className="underline" onClick={() => onOpen(a.userId)}>
                {a.email}
              </button>
            </td>
            <td>{a.role}</td>
            <td>{a.disabled ? 'Disabled' : 'Active'}</td>
            <td>{a.createdAt.slice(0, 10)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
