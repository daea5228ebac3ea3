'use client';

import { useMemo } from 'react';
import type { ActivityStreams } from '@/engine/activity/types';
import { METERS_PER_MILE } from '@/engine/units/pace';
import type { Units } from '@/lib/store/profile-schema';
import { niceSteps, ticksFrom, type Domain } from './scale';
import { StreamChart } from './stream-chart';

const METERS_PER_FOOT = 0.3048;

/** Altitude against distance: samples with both, in km and m (or mi and ft). */
export function elevationSeries(s: ActivityStreams, units: Units) {
  const x: number[] = [];
  const y: number[] = [];
  const perX = units === 'imperial' ? METERS_PER_MILE : 1000;
  const perY = units === 'imperial' ? METERS_PER_FOOT : 1;
  let last = -Infinity;
  for (let i = 0; i < s.timeS.length; i++) {
    const d = s.distanceM[i]!;
    const a = s.altitudeM[i]!;
    if (!Number.isFinite(d) || !Number.isFinite(a) || d < last) continue;
    last = d;
    x.push(d / perX);
    y.push(a / perY);
  }
  return x.length < 2 ? null : { x: Float64Array.from(x), y: Float64Array.from(y) };
}

export function ElevationChart({ streams, units }: { streams: ActivityStreams; units: Units }) {
  const series = useMemo(() => elevationSeries(streams, units), [streams, units]);
  if (!series) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of series.y) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  // At least 20 m (or 60 ft) of height, so a flat run does not look like a mountain.
  const minSpan = units === 'imperial' ? 60 : 20;
  const mid = (lo + hi) / 2;
  const half = Math.max(hi - lo, minSpan) / 2 + 2;
  const yDomain: Domain = [mid - half, mid + half];
  const xDomain: Domain = [0, series.x[series.x.length - 1]!];
  const distanceUnit = units === 'imperial' ? 'mi' : 'km';
  return (
    <StreamChart
      title={`Elevation (${units === 'imperial' ? 'ft' : 'm'}) over distance (${distanceUnit})`}
      series={[{ ...series, color: '#64748b', area: true }]}
      xDomain={xDomain}
      yDomain={yDomain}
      yTicks={ticksFrom(yDomain, 3, niceSteps())}
      formatY={(v) => String(Math.round(v))}
      xTicks={ticksFrom(xDomain, 5, niceSteps())}
      formatX={(v) => (Number.isInteger(v) ? String(v) : v.toFixed(1))}
      height={110}
    />
  );
}
