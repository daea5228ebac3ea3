'use client';

import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { Finding } from '@/engine/insights/whats-working';
import { formatDay } from '@/lib/format/dates';
import { axisFor } from './insight-axes';

/**
 * The sessions behind one finding: input across, outcome up, one dot each. The drawing is hidden
 * from screen readers and holds nothing focusable; the same points follow as a table.
 */
export function InsightScatter({ finding, sessions }: { finding: Finding; sessions: string }) {
  const x = axisFor(finding.input);
  const y = axisFor(finding.outcome);
  const data = finding.points.map((p) => ({ date: p.date, x: x.show(p.x), y: y.show(p.y) }));
  return (
    <>
      <div className="h-56 w-full" aria-hidden="true" data-testid="insight-scatter">
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart
            margin={{ top: 8, right: 12, bottom: 24, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
            <XAxis
              type="number"
              dataKey="x"
              domain={['auto', 'auto']}
              tickFormatter={(v: number) => v.toFixed(x.digits)}
              label={{ value: x.label, position: 'insideBottom', offset: -16 }}
            />
            <YAxis
              type="number"
              dataKey="y"
              width={56}
              domain={['auto', 'auto']}
              tickFormatter={(v: number) => v.toFixed(y.digits)}
            />
            <Scatter data={data} fill="#0f766e" isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-300">Up: {y.label}.</p>
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer">
          The {data.length} {sessions} as a table
        </summary>
        <table className="mt-1 w-full text-left tabular-nums">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">{x.label}</th>
              <th scope="col">{y.label}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((p, i) => (
              <tr key={`${p.date}-${i}`}>
                <th scope="row" className="font-normal">
                  {formatDay(p.date)}
                </th>
                <td>{p.x.toFixed(x.digits)}</td>
                <td>{p.y.toFixed(y.digits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
