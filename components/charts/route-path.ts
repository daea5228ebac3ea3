/**
 * A GPS track as SVG coordinates, with no map tiles and nothing fetched: an equirectangular
 * projection around the track's middle latitude (distances within a few percent for anything a
 * person runs or rows in a day), fitted into the box with the aspect kept, and thinned to points
 * at least a pixel apart.
 */
export type RoutePath = {
  width: number;
  height: number;
  /** Pixel coordinates of each sample (NaN where it has no position). */
  px: Float64Array;
  py: Float64Array;
  d: string;
};

export function routePath(
  latitudeDeg: ArrayLike<number>,
  longitudeDeg: ArrayLike<number>,
  maxWidth: number,
  maxHeight: number,
  pad = 10,
): RoutePath | null {
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (let i = 0; i < latitudeDeg.length; i++) {
    const lat = latitudeDeg[i]!;
    const lon = longitudeDeg[i]!;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
  }
  if (minLat === Infinity) return null;
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const fit = Math.min((maxWidth - 2 * pad) / spanX, (maxHeight - 2 * pad) / spanY);
  const width = Math.ceil(spanX * fit + 2 * pad);
  const height = Math.ceil(spanY * fit + 2 * pad);
  const n = latitudeDeg.length;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  let d = '';
  let lastX = NaN;
  let lastY = NaN;
  for (let i = 0; i < n; i++) {
    const lat = latitudeDeg[i]!;
    const lon = longitudeDeg[i]!;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
      px[i] = NaN;
      py[i] = NaN;
      continue;
    }
    const x = pad + (lon - minLon) * k * fit;
    const y = pad + (maxLat - lat) * fit;
    px[i] = x;
    py[i] = y;
    if (Number.isNaN(lastX) || Math.hypot(x - lastX, y - lastY) >= 1 || i === n - 1) {
      d += `${d === '' ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
      lastX = x;
      lastY = y;
    }
  }
  return { width, height, px, py, d };
}

/** The part of the track between two sample indices, as a path (the zoomed range). */
export function subPath(route: RoutePath, from: number, to: number): string {
  let d = '';
  for (let i = Math.max(0, from); i < Math.min(to, route.px.length); i++) {
    if (!Number.isFinite(route.px[i]!)) continue;
    d += `${d === '' ? 'M' : 'L'}${route.px[i]!.toFixed(1)} ${route.py[i]!.toFixed(1)}`;
  }
  return d;
}
