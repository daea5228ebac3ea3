'use client';

import { Card } from '@/components/ui/card';
import { Stat, StatGrid } from '@/components/ui/stat';
import { niceSteps, quantile, ticksFrom, type Domain } from '@/components/charts/scale';
import { StreamChart } from '@/components/charts/stream-chart';
import { timeTicks } from '@/components/charts/activity-panels';
import { formatClock } from '@/engine/units/clock';
import type { StrokeColumns } from '@/lib/store/activity-doc';

const NEWTONS_PER_LBF = 4.448222;

function mean(values: Float64Array): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isFinite(v) && v > 0) {
      sum += v;
      n++;
    }
  }
  return n > 0 ? sum / n : null;
}

const fixed = (v: number | null, digits: number, unit: string) =>
  v === null ? '—' : `${v.toFixed(digits)} ${unit}`;

function StrokePanel(props: {
  title: string;
  x: Float64Array;
  y: Float64Array;
  color: string;
  endS: number;
  zoom: Domain | null;
  last: boolean;
}) {
  const hi = quantile(props.y, 0.995, (v) => Number.isFinite(v) && v > 0) ?? 1;
  const lo = quantile(props.y, 0.01, (v) => Number.isFinite(v) && v > 0) ?? 0;
  const yDomain: Domain = [Math.max(0, lo * 0.9), hi * 1.05];
  const xDomain: Domain = props.zoom ?? [0, props.endS];
  return (
    <StreamChart
      title={props.title}
      series={[{ x: props.x, y: props.y, color: props.color }]}
      xDomain={xDomain}
      yDomain={yDomain}
      yTicks={ticksFrom(yDomain, 3, niceSteps())}
      formatY={(v) => String(Math.round(v))}
      xTicks={timeTicks(xDomain, 360)}
      formatX={(v) => formatClock(v)}
      showXAxis={props.last}
      height={100}
    />
  );
}

/**
 * A row stroke by stroke, as the monitor measured it: rate, power and force per stroke. Force is
 * shown in newtons beside the pounds-force the PM5 reports.
 */
export function StrokesCard({
  strokes,
  endS,
  zoom,
}: {
  strokes: StrokeColumns;
  endS: number;
  zoom: Domain | null;
}) {
  const count = strokes.atS.length;
  if (count === 0) return null;
  const peak = mean(strokes.peakDriveForceLbs);
  const average = mean(strokes.averageDriveForceLbs);
  return (
    <Card title="Stroke by stroke">
      <StatGrid>
        <Stat label="Strokes" value={count.toLocaleString()} />
        <Stat label="Avg stroke rate" value={fixed(mean(strokes.strokeRateSpm), 1, 'spm')} />
        <Stat label="Avg stroke power" value={fixed(mean(strokes.strokePowerW), 0, 'W')} />
        <Stat label="Avg drive length" value={fixed(mean(strokes.driveLengthM), 2, 'm')} />
        <Stat
          label="Avg peak force"
          value={
            peak === null
              ? '—'
              : `${Math.round(peak * NEWTONS_PER_LBF)} N (${Math.round(peak)} lbf)`
          }
        />
        <Stat
          label="Avg force"
          value={average === null ? '—' : `${Math.round(average * NEWTONS_PER_LBF)} N`}
        />
        <Stat label="Avg work per stroke" value={fixed(mean(strokes.workPerStrokeJ), 0, 'J')} />
        <Stat
          label="Avg distance per stroke"
          value={fixed(mean(strokes.strokeDistanceM), 1, 'm')}
        />
      </StatGrid>
      <div className="mt-3 grid gap-2" aria-hidden="true">
        <StrokePanel
          title="Stroke rate (spm)"
          x={strokes.atS}
          y={strokes.strokeRateSpm}
          color="#b45309"
          endS={endS}
          zoom={zoom}
          last={false}
        />
        <StrokePanel
          title="Stroke power (W)"
          x={strokes.atS}
          y={strokes.strokePowerW}
          color="#7c3aed"
          endS={endS}
          zoom={zoom}
          last={false}
        />
        <StrokePanel
          title="Peak force per stroke (lbf)"
          x={strokes.atS}
          y={strokes.peakDriveForceLbs}
          color="#0f766e"
          endS={endS}
          zoom={zoom}
          last
        />
      </div>
    </Card>
  );
}
