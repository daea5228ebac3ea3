'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { useSession } from '@/lib/sync/session';
import { AccountsPanel } from './accounts-panel';
import { AuditPanel } from './audit-panel';
import { setConsoleToken, useConsoleToken } from './console-api';
import { DataChecksPanel } from './data-checks-panel';
import { LogsPanel } from './logs-panel';
import { OpenConsoleForm } from './open-console-form';
import { HealthPanel, MetricsPanel } from './service-panels';
import { SupportPanel } from './support-panel';

const TABS = ['Accounts', 'Support', 'Health', 'Metrics', 'Logs', 'Data checks', 'Audit'] as const;
type Tab = (typeof TABS)[number];

/**
 * The operator's console. Everything it shows comes from `/api/admin/*`, which checks the
 * caller's role on the relay at every call: without an admin's session there is nothing to show.
 */
export function AdminConsole() {
  const session = useSession();
  const token = useConsoleToken();
  const [tab, setTab] = useState<Tab>('Accounts');

  if (!session) {
    return (
      <Shell>
        <Card>
          <p className="text-sm">
            The console is for whoever runs this sync server. <Link href="/account/">Sign in</Link>{' '}
            with an admin account first.
          </p>
        </Card>
      </Shell>
    );
  }
  if (!token) {
    return (
      <Shell>
        <OpenConsoleForm session={session} />
      </Shell>
    );
  }
  return (
    <Shell>
      <div className="mb-4 flex flex-wrap items-center gap-2" role="tablist">
        {TABS.map((name) => (
          <Button
            key={name}
            role="tab"
            aria-selected={tab === name}
            variant={tab === name ? 'primary' : 'secondary'}
            onClick={() => setTab(name)}
          >
            {name}
          </Button>
        ))}
        <Button variant="quiet" className="ml-auto" onClick={() => setConsoleToken(null)}>
          Close the console
        </Button>
      </div>
      {tab === 'Accounts' ? <AccountsPanel token={token} /> : null}
      {tab === 'Health' ? <HealthPanel token={token} /> : null}
      {tab === 'Metrics' ? <MetricsPanel token={token} /> : null}
      {tab === 'Support' ? <SupportPanel token={token} /> : null}
      {tab === 'Logs' ? <LogsPanel token={token} /> : null}
      {tab === 'Data checks' ? <DataChecksPanel token={token} /> : null}
      {tab === 'Audit' ? <AuditPanel token={token} /> : null}
    </Shell>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <div>
      <PageHeader title="Console">
        Accounts, support access, health, metrics, logs, data checks and the audit trail of this
        sync server.
      </PageHeader>
      {children}
    </div>
  );
}
