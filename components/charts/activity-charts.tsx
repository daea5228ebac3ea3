'use client';

import { useMemo, useState } from 'react';
import type { ActivityStreams } from '@/engine/activity/types';
import { formatClock } from '@/engine/units/clock';
import type { Units } from '@/lib/store/profile-schema';
import { activityPanels, timeTicks } from './activity-panels';
import type { Domain } from './scale';
import { StreamChart, valueAt, type Band } from './stream-chart';
import { useWidth } from './use-width';

export type ActivityChartsProps = {
  streams: ActivityStreams;
  sport: string;
  units: Units;
  /** Stretches shaded behind every panel (the work intervals). */
  bands: Band[];
  /** The range shown; null shows the whole activity. */
  zoom: Domain | null;
  onZoom: (range: Domain | null) => void;
};

/**
 * An activity's streams as stacked panels sharing one elapsed-time axis that ends at the real
 * duration: pace (or speed), heart rate, power, cadence. Drag across a panel to zoom in (every
 * sample of the range is then drawn); the readout under them says the values where the pointer is.
 */
export function ActivityCharts({
  streams,
  sport,
  units,
  bands,
  zoom,
  onZoom,
}: ActivityChartsProps) {
  const panels = useMemo(() => activityPanels(streams, sport, units), [streams, sport, units]);
  const panelSeries = useMemo(() => panels.map((p) => [p.series]), [panels]);
  const [hoverX, setHoverX] = useState<number | null>(null);
  const [ref, width] = useWidth<HTMLDivElement>();
  const endS = streams.timeS[streams.timeS.length - 1] ?? 0;
  const xDomain: Domain = zoom ?? [0, endS];
  const xTicks = timeTicks(xDomain, width);
  if (panels.length === 0)
    return (
      <p className="text-sm">
        This activity has no pace, heart rate, power or cadence samples to chart.
      </p>
    );
  return (
    <figure ref={ref} className="grid min-w-0 grid-cols-1 gap-2">
      {panels.map((panel, i) => (
        <StreamChart
          key={panel.key}
          title={panel.title}
          series={panelSeries[i]!}
          xDomain={xDomain}
          yDomain={panel.yDomain}
          yTicks={panel.yTicks}
          formatY={panel.formatY}
          invertY={panel.invertY}
          xTicks={xTicks}
          formatX={(v) => formatClock(v)}
          showXAxis={i === panels.length - 1}
          bands={bands}
          hoverX={hoverX}
          onHover={setHoverX}
          onSelect={(range) => onZoom(range)}
          height={panels.length > 2 ? 100 : 130}
        />
      ))}
      <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-300">
        <span className="tabular-nums" data-testid="chart-readout">
          {hoverX === null
            ? `Elapsed time, 0:00 to ${formatClock(endS)}. Drag across a chart to zoom in.`
            : [
                formatClock(hoverX),
                ...panels.map((p) => p.formatValue(valueAt(p.series, hoverX))),
              ].join(' · ')}
        </span>
        {zoom ? (
          <button
            type="button"
            className="rounded border border-slate-300 px-2 py-1 dark:border-slate-700"
            onClick={() => onZoom(null)}
          >
            Show the whole activity
          </button>
        ) : null}
      </figcaption>
    </figure>
  );
}
