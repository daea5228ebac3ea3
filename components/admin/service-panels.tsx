'use client';

import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { Card } from '@/components/ui/card';
import { consoleJson } from './console-api';
import { MetricCharts } from './metric-charts';

const Health = z.object({
  relays: z.array(
    z.object({
      id: z.string(),
      version: z.string(),
      uptimeS: z.number(),
      connections: z.number(),
      documentsLoaded: z.number(),
      state: z.enum(['ok', 'degraded', 'unavailable']),
      latencyMs: z.number(),
      startedAt: z.string(),
      reportedAt: z.string(),
    }),
  ),
  storeRows: z.array(
    z.object({
      store: z.enum(['redis', 'postgresql', 'leveldb']),
      state: z.enum(['reachable', 'unreachable']),
      latencyMs: z.number().nullable(),
      since: z.string(),
    }),
  ),
  checkedAt: z.string(),
});

export const Samples = z.object({
  intervalS: z.number(),
  samples: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
});

/** Every relay (each reports itself through Redis) and each store, refreshed every 10 s. */
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
              <th>Latency</th>
              <th>Since</th>
            </tr>
          </thead>
          <tbody>
            {h.relays.map((r) => (
              <tr key={r.id} data-testid="health-relay">
                <td>
                  Relay {r.id} <span className="text-slate-500">v{r.version}</span>
                </td>
                <td>
                  {r.state}: {r.connections} connections, {r.documentsLoaded} documents loaded
                </td>
                <td>{r.latencyMs.toFixed(1)} ms</td>
                <td>
                  up {formatUptime(r.uptimeS)}, reported {timeOf(r.reportedAt)}
                </td>
              </tr>
            ))}
            {h.storeRows.map((s) => (
              <tr key={s.store} data-testid="health-store">
                <td>{STORE_NAMES[s.store]}</td>
                <td>{s.state}</td>
                <td>{s.latencyMs === null ? '—' : `${s.latencyMs.toFixed(1)} ms`}</td>
                <td>{timeOf(s.since)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {h ? <p className="mt-2 text-xs">Checked {timeOf(h.checkedAt)}.</p> : null}
    </Card>
  );
}

const STORE_NAMES = {
  redis: 'Redis',
  postgresql: 'PostgreSQL',
  leveldb: 'LevelDB (this relay’s disk)',
} as const;

const timeOf = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

function formatUptime(s: number): string {
  if (s < 120) return `${s} s`;
  if (s < 7_200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3_600)} h`;
  return `${Math.round(s / 86_400)} days`;
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
