'use client';

import { useMemo, useState } from 'react';
import { addDays } from '@/engine/plan/calendar-date';
import type { DayRow } from '@/lib/store/index-rows';
import { niceSteps, ticksFrom, type Domain } from './scale';
import { StreamChart } from './stream-chart';
import { useWidth } from './use-width';

const LINES = [
  { key: 'ctl', label: 'Fitness (CTL)', color: '#0f766e' },
  { key: 'atl', label: 'Fatigue (ATL)', color: '#dc2626' },
  { key: 'tsb', label: 'Form (TSB)', color: '#2563eb' },
] as const;

const RANGES = [
  { label: '3 months', days: 91 },
  { label: '1 year', days: 365 },
  { label: 'All', days: Infinity },
] as const;

const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});
// Calendar days on the axis as the rest of the app writes them ("Nov 13"), never ISO.
const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

function RangeButtons({
  n,
  span,
  defaultSpan,
  range,
  onRange,
}: {
  n: number;
  span: number;
  defaultSpan: number;
  range: Domain | null;
  onRange: (range: Domain) => void;
}) {
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Show">
      {RANGES.map((r) => {
        const active =
          range === null ? r.days === defaultSpan : Math.round(span) === Math.min(r.days, n - 1);
        return (
          <button
            key={r.label}
            type="button"
            aria-pressed={active}
            onClick={() =>
              onRange(
                r.days === Infinity
                  ? [0, Math.max(1, n - 1)]
                  : [Math.max(0, n - 1 - r.days), Math.max(1, n - 1)],
              )
            }
            className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-pressed:bg-brand aria-pressed:text-white dark:border-slate-700"
          >
            {r.label}
          </button>
        );
      })}
    </div>
  );
}

/** The lowest and highest value of any line between two day indexes, with a margin. */
function valueDomain(series: { y: Float64Array }[], x0: number, x1: number): Domain {
  let lo = 0;
  let hi = 10;
  for (const s of series)
    for (let i = Math.max(0, Math.floor(x0)); i <= Math.min(s.y.length - 1, x1); i++) {
      const v = s.y[i]!;
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  return [lo - 2, hi + 2];
}

/**
 * Fitness, fatigue and form by day. Ten years are thousands of days: each line is drawn with as
 * many points as the chart has pixels (LTTB), and zooming to a range (buttons, or dragging
 * across) draws every day of it. Form is left out while it is not meaningful yet (a short history
 * started from zero), so a filling fitness line is never drawn as a dive into fatigue.
 */
export function FitnessChart({ days, showForm }: { days: DayRow[]; showForm: boolean }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [range, setRange] = useState<Domain | null>(null);
  const first = days[0]?.date ?? '2000-01-01';
  const lines = useMemo(() => LINES.filter((l) => showForm || l.key !== 'tsb'), [showForm]);
  const series = useMemo(() => {
    const x = Float64Array.from(days, (_, i) => i);
    return lines.map((line) => ({
      x,
      y: Float64Array.from(days, (d) => d[line.key] ?? NaN),
      color: line.color,
    }));
  }, [days, lines]);
  const n = days.length;
  const defaultSpan = n > 400 ? 365 : Infinity;
  const x0 = range ? range[0] : Math.max(0, n - 1 - defaultSpan);
  const x1 = range ? range[1] : Math.max(1, n - 1);
  const xDomain: Domain = [x0, x1];
  const yDomain = useMemo(() => valueDomain(series, x0, x1), [series, x0, x1]);
  const span = xDomain[1] - xDomain[0];
  const steps = span > 800 ? [365] : span > 200 ? [30.4, 91.3] : [7, 14, 30.4];
  const labelOf = (i: number) =>
    (span > 200 ? monthFormat : dayFormat).format(
      new Date(`${addDays(first, Math.round(i))}T12:00:00Z`),
    );
  return (
    <div ref={ref} className="grid gap-2">
      <RangeButtons n={n} span={span} defaultSpan={defaultSpan} range={range} onRange={setRange} />
      <StreamChart
        title="Load points per day"
        series={series}
        xDomain={xDomain}
        yDomain={yDomain}
        yTicks={ticksFrom(yDomain, 4, niceSteps())}
        formatY={(v) => String(Math.round(v))}
        xTicks={ticksFrom(xDomain, Math.max(2, Math.floor(width / 110)), steps)}
        formatX={labelOf}
        onSelect={(r) => setRange(r)}
        height={260}
      />
      <ul className="flex flex-wrap gap-4 text-xs" aria-hidden="true" data-testid="chart-legend">
        {lines.map((l) => (
          <li key={l.key} className="flex items-center gap-1">
            <span className="inline-block h-0.5 w-4" style={{ background: l.color }} />
            {l.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
