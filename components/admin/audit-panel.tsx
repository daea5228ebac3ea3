'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormError } from '@/components/ui/form-error';
import { consoleCall, consoleJson } from './console-api';
import { AuditEntries } from './console-types';

/** Every operator action, newest first; the whole log downloads as JSON lines. */
export function AuditPanel({ token }: { token: string }) {
  const [exportError, setExportError] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ['admin-audit'],
    queryFn: async () =>
      AuditEntries.parse(await consoleJson(token, 'GET', '/api/admin/audit?limit=200')).entries,
  });
  const download = async () => {
    setExportError(null);
    try {
      const blob = await (await consoleCall(token, 'GET', '/api/admin/audit.jsonl')).blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'splits-audit.jsonl';
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Card title="Audit log">
      <Button variant="secondary" onClick={() => void download()}>
        Export as JSON lines
      </Button>
      <FormError error={exportError ?? (query.isError ? query.error.message : null)} />
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr>
            <th>When (UTC)</th>
            <th>Who</th>
            <th>What</th>
            <th>Account</th>
            <th>From</th>
            <th>Result</th>
          </tr>
        </thead>
        <tbody data-testid="audit-rows">
          {query.data?.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 dark:border-slate-800">
              <td>{e.at.replace('T', ' ').slice(0, 19)}</td>
              <td>{e.actor.email}</td>
              <td>{e.action}</td>
              <td>{e.target?.email ?? '—'}</td>
              <td>{e.from}</td>
              <td>
                {e.result}
                {e.detail ? ` (${e.detail})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
