'use client';

import { useMemo } from 'react';
import { linePath, type Series } from './line-path';
import { lowerBound, scale, type Domain } from './scale';
import { useDragSelect } from './use-drag-select';
import { useWidth } from './use-width';

export type Band = { from: number; to: number; className: string };

export type StreamChartProps = {
  /** Shown above the chart ("Heart rate", "Pace"), with the unit. */
  title: string;
  series: Series[];
  xDomain: Domain;
  yDomain: Domain;
  yTicks: number[];
  formatY: (v: number) => string;
  xTicks: number[];
  formatX: (v: number) => string;
  /** Faster pace is up: the pace axis runs from slow (bottom) to fast (top). */
  invertY?: boolean;
  height?: number;
  showXAxis?: boolean;
  /** Shaded stretches behind the lines (work intervals). */
  bands?: Band[];
  hoverX?: number | null;
  onHover?: (x: number | null) => void;
  /** A range dragged across the chart, in x units: the caller zooms to it. */
  onSelect?: (range: Domain) => void;
};

const MARGIN = { left: 48, right: 10, top: 6, bottom: 22 };

/**
 * One panel of an activity's streams as SVG, full width of its container, points downsampled to
 * the pixels it has. Decorative for assistive technology (the same figures are in tables beside
 * it), so it is hidden from it and never takes focus; dragging across it selects a range.
 */
export function StreamChart(props: StreamChartProps) {
  const { height = 120, showXAxis = true, invertY = false } = props;
  const [ref, width] = useWidth<HTMLDivElement>();
  const right = Math.max(MARGIN.left + 10, width - MARGIN.right);
  const bottom = height - (showXAxis ? MARGIN.bottom : 4);
  const box = { left: MARGIN.left, right, top: MARGIN.top, bottom };
  const [x0, x1] = props.xDomain;
  const [y0, y1] = props.yDomain;
  // Downsampling runs when the data, the range or the size change, not on every pointer move.
  const paths = useMemo(() => {
    const plot = { left: MARGIN.left, right, top: MARGIN.top, bottom };
    return props.series.map((s) => linePath(s, [x0, x1], [y0, y1], plot, invertY));
  }, [props.series, x0, x1, y0, y1, right, bottom, invertY]);
  const sx = scale(props.xDomain, box.left, box.right);
  const sy = invertY
    ? scale(props.yDomain, box.top, box.bottom)
    : scale(props.yDomain, box.bottom, box.top);
  const toX = (clientX: number, rect: DOMRect) => {
    const px = Math.min(box.right, Math.max(box.left, clientX - rect.left));
    return x0 + ((px - box.left) / (box.right - box.left)) * (x1 - x0);
  };
  const { drag, handlers } = useDragSelect({
    toX,
    sx,
    onHover: props.onHover,
    onSelect: props.onSelect,
  });
  return (
    <div>
      <p className="text-xs font-medium text-slate-600 dark:text-slate-300">{props.title}</p>
      <div ref={ref} className="w-full" aria-hidden="true" data-testid="stream-chart">
        {width > 0 ? (
          <svg
            width={width}
            height={height}
            className="block touch-pan-y select-none"
            {...handlers}
          >
            <Grid {...props} box={box} sx={sx} sy={sy} showXAxis={showXAxis} height={height} />
            {props.series.map((s, i) => (
              <path
                key={i}
                d={paths[i]}
                fill={s.area ? s.color : 'none'}
                fillOpacity={s.area ? 0.25 : undefined}
                stroke={s.color}
                strokeWidth={1.5}
                strokeLinejoin="round"
              />
            ))}
            {props.hoverX != null ? (
              <line
                x1={sx(props.hoverX)}
                x2={sx(props.hoverX)}
                y1={box.top}
                y2={box.bottom}
                className="stroke-slate-500"
              />
            ) : null}
            {drag ? (
              <rect
                x={Math.min(sx(drag.from), sx(drag.to))}
                width={Math.abs(sx(drag.to) - sx(drag.from))}
                y={box.top}
                height={box.bottom - box.top}
                className="fill-slate-400/30"
              />
            ) : null}
          </svg>
        ) : (
          <div style={{ height }} />
        )}
      </div>
    </div>
  );
}

type GridProps = StreamChartProps & {
  box: { left: number; right: number; top: number; bottom: number };
  sx: (v: number) => number;
  sy: (v: number) => number;
  height: number;
};

function Grid({
  box,
  sx,
  sy,
  yTicks,
  formatY,
  xTicks,
  formatX,
  showXAxis,
  bands,
  height,
}: GridProps) {
  return (
    <g className="text-[10px]">
      {bands?.map((b, i) => (
        <rect
          key={i}
          x={sx(b.from)}
          width={Math.max(1, sx(b.to) - sx(b.from))}
          y={box.top}
          height={box.bottom - box.top}
          className={b.className}
        />
      ))}
      {yTicks.map((t) => (
        <g key={t}>
          <line
            x1={box.left}
            x2={box.right}
            y1={sy(t)}
            y2={sy(t)}
            className="stroke-slate-200 dark:stroke-slate-700"
          />
          <text
            x={box.left - 4}
            y={sy(t) + 3}
            textAnchor="end"
            className="fill-slate-600 dark:fill-slate-300"
          >
            {formatY(t)}
          </text>
        </g>
      ))}
      {showXAxis
        ? xTicks.map((t, i) => (
            <text
              key={t}
              x={sx(t)}
              y={height - 6}
              textAnchor={
                i === 0 && sx(t) - box.left < 12
                  ? 'start'
                  : i === xTicks.length - 1 && box.right - sx(t) < 12
                    ? 'end'
                    : 'middle'
              }
              className="fill-slate-600 dark:fill-slate-300"
            >
              {formatX(t)}
            </text>
          ))
        : null}
    </g>
  );
}

/** The value of a series at x: the sample at or just before it. */
export function valueAt(series: Series, x: number): number | null {
  const i = Math.min(series.x.length - 1, lowerBound(series.x, x));
  const v = series.y[i];
  return v === undefined || !Number.isFinite(v) ? null : v;
}
