'use client';

import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

type Sample = Record<string, string | number | null>;

const CHARTS: Array<{ title: string; lines: Array<[string, string]> }> = [
  {
    title: 'Connections and loaded documents',
    lines: [
      ['connections', 'connections'],
      ['documentsLoaded', 'documents'],
    ],
  },
  {
    title: 'Messages per second',
    lines: [
      ['messagesInPerS', 'in /s'],
      ['messagesOutPerS', 'out /s'],
    ],
  },
  {
    title: 'Bytes per second',
    lines: [
      ['bytesInPerS', 'in B/s'],
      ['bytesOutPerS', 'out B/s'],
    ],
  },
  {
    title: 'Persist latency (ms)',
    lines: [
      ['persistP50Ms', 'p50 ms'],
      ['persistP95Ms', 'p95 ms'],
      ['persistP99Ms', 'p99 ms'],
    ],
  },
  {
    title: 'Refusals per second',
    lines: [
      ['limitBreachesPerS', 'limits /s'],
      ['signInRefusedPerS', 'sign-ins /s'],
    ],
  },
];
const COLOURS = ['#2563eb', '#d97706', '#059669'];

/** One small line chart per group of metrics, time along the bottom (UTC). */
export function MetricCharts({ samples }: { samples: Sample[] }) {
  if (samples.length === 0) return <p className="text-sm">The first point arrives within 10 s.</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {CHARTS.map((chart) => (
        <figure key={chart.title}>
          <figcaption className="text-sm font-semibold">{chart.title}</figcaption>
          <div className="h-40">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={samples}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey={(s: Sample) => String(s.at).slice(11, 16)} fontSize={10} />
                <YAxis fontSize={10} width={48} />
                <Tooltip />
                {chart.lines.map(([key, name], i) => (
                  <Line
                    key={key}
                    dataKey={key}
                    name={name}
                    dot={false}
                    stroke={COLOURS[i]}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
        </figure>
      ))}
    </div>
  );
}
