'use client';

import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { Card } from '@/components/ui/card';
import { consoleJson } from './console-api';
import { MetricCharts } from './metric-charts';

const Health = z.object({
  status: z.enum(['ok', 'degraded', 'unavailable']),
  documentsLoaded: z.number(),
  connections: z.number(),
  stores: z.array(
    z.object({ store: z.string(), reachable: z.boolean(), downSince: z.string().nullable() }),
  ),
  checkedAt: z.string(),
});

export const Samples = z.object({
  intervalS: z.number(),
  samples: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
});

/** This relay and the stores it uses, each with its state and since when (refreshed every 10 s). */
export function HealthPanel({ token }: { token: string }) {
  const query = useQuery({
    queryKey: ['admin-health'],
    queryFn: async () => Health.parse(await consoleJson(token, 'GET', '/api/admin/health')),
    refetchInterval: 10_000,
  });
  const h = query.data;
  return (
    <Card title="Health">
      {query.isError ? <p role="alert">{query.error.message}</p> : null}
      {h ? (
        <table className="w-full text-left text-sm" data-testid="health-rows">
          <thead>
            <tr>
              <th>Part</th>
              <th>State</th>
              <th>Since</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>This relay</td>
              <td>
                {h.status}: {h.connections} connections, {h.documentsLoaded} documents loaded
              </td>
              <td>checked {h.checkedAt.slice(11, 19)} UTC</td>
            </tr>
            {h.stores.length === 0 ? (
              <tr>
                <td>LevelDB (this relay’s disk)</td>
                <td>in use</td>
                <td>—</td>
              </tr>
            ) : null}
            {h.stores.map((s) => (
              <tr key={s.store}>
                <td>{s.store === 'redis' ? 'Redis' : 'PostgreSQL'}</td>
                <td>{s.reachable ? 'reachable' : 'unreachable'}</td>
                <td>{s.downSince ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Card>
  );
}

/** The last hour at 10 s resolution, from the relay's own Prometheus registry. */
export function MetricsPanel({ token }: { token: string }) {
  const query = useQuery({
    queryKey: ['admin-metrics'],
    queryFn: async () => Samples.parse(await consoleJson(token, 'GET', '/api/admin/metrics')),
    refetchInterval: 10_000,
  });
  return (
    <Card title="Metrics (last hour)">
      <p className="mb-2 text-sm">
        A point every 10 s, kept in the relay’s memory. For longer history, scrape{' '}
        <code>/metrics</code> with Prometheus (see the operations guide).
      </p>
      {query.isError ? <p role="alert">{query.error.message}</p> : null}
      {query.data ? <MetricCharts samples={query.data.samples} /> : null}
    </Card>
  );
}
