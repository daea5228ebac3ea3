import { lttbIndices } from './downsample';
import { lowerBound, scale, type Domain } from './scale';

export type Series = {
  /** Ascending x (seconds, metres or days). */
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  color: string;
  /** Fill down to the axis (elevation). */
  area?: boolean;
};

/**
 * The SVG path of a series inside the visible x range, downsampled to about 1.5 points per
 * pixel column (LTTB), values clamped to the y domain so an outlier rides the edge instead of
 * squashing the rest. Missing values lift the pen.
 */
export function linePath(
  series: Series,
  xDomain: Domain,
  yDomain: Domain,
  box: { left: number; right: number; top: number; bottom: number },
  invertY = false,
): string {
  const { x, y } = series;
  // One point either side of the window, so the line reaches the edges.
  const from = Math.max(0, lowerBound(x, xDomain[0]) - 1);
  const to = Math.min(x.length, lowerBound(x, xDomain[1]) + 1);
  const budget = Math.max(16, Math.round((box.right - box.left) * 1.5));
  const sx = scale(xDomain, box.left, box.right);
  const sy = invertY ? scale(yDomain, box.top, box.bottom) : scale(yDomain, box.bottom, box.top);
  const [lo, hi] = yDomain[0] <= yDomain[1] ? yDomain : [yDomain[1], yDomain[0]];
  let d = '';
  let pen = false;
  let firstX = 0;
  let lastX = 0;
  for (const i of lttbIndices(x, y, budget, from, to)) {
    if (i < 0) {
      pen = false;
      continue;
    }
    const px = sx(x[i]!);
    const py = sy(Math.min(hi, Math.max(lo, y[i]!)));
    if (!pen) firstX = px;
    d += `${pen ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`;
    lastX = px;
    pen = true;
  }
  if (series.area && d !== '') {
    const base = invertY ? box.top : box.bottom;
    d += `L${lastX.toFixed(1)} ${base}L${firstX.toFixed(1)} ${base}Z`;
  }
  return d;
}
