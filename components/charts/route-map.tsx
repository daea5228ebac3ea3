'use client';

import { useMemo } from 'react';
import { lowerBound, type Domain } from './scale';
import { routePath, subPath } from './route-path';
import { useWidth } from './use-width';

/**
 * The route drawn from the activity's own GPS points, start and finish marked; the range zoomed
 * on the charts is drawn over it. Drawn on the device, with no map tiles, so it works offline.
 */
export function RouteMap({
  timeS,
  latitudeDeg,
  longitudeDeg,
  highlight,
  label,
}: {
  timeS: Float64Array;
  latitudeDeg: Float64Array;
  longitudeDeg: Float64Array;
  highlight: Domain | null;
  label: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const maxHeight = Math.min(320, Math.max(200, width * 0.7));
  const route = useMemo(
    () => (width > 0 ? routePath(latitudeDeg, longitudeDeg, width, maxHeight) : null),
    [latitudeDeg, longitudeDeg, width, maxHeight],
  );
  const first = route ? firstPresent(route.px, 1) : -1;
  const last = route ? firstPresent(route.px, -1) : -1;
  const part =
    route && highlight
      ? subPath(route, lowerBound(timeS, highlight[0]), lowerBound(timeS, highlight[1]) + 1)
      : null;
  return (
    <div ref={ref} className="w-full" data-testid="route-map">
      {route ? (
        <svg
          width={route.width}
          height={route.height}
          role="img"
          aria-label={label}
          className="mx-auto block rounded-lg bg-slate-50 dark:bg-slate-950"
        >
          <path
            d={route.d}
            fill="none"
            stroke="#0f766e"
            strokeWidth={3}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
          {part ? (
            <path d={part} fill="none" stroke="#f59e0b" strokeWidth={5} strokeLinecap="round" />
          ) : null}
          {first >= 0 ? (
            <circle
              cx={route.px[first]}
              cy={route.py[first]}
              r={6}
              className="fill-emerald-600 stroke-white"
              strokeWidth={2}
            />
          ) : null}
          {last >= 0 ? (
            <rect
              x={route.px[last]! - 5}
              y={route.py[last]! - 5}
              width={10}
              height={10}
              className="fill-slate-900 stroke-white dark:fill-slate-100"
              strokeWidth={2}
            />
          ) : null}
        </svg>
      ) : null}
    </div>
  );
}

function firstPresent(values: Float64Array, direction: 1 | -1): number {
  for (let i = direction === 1 ? 0 : values.length - 1; i >= 0 && i < values.length; i += direction)
    if (Number.isFinite(values[i]!)) return i;
  return -1;
}
