import { describe, expect, it } from 'vitest';
import { routePath } from './route-path';

describe('route path', () => {
  // A square of 1 km sides at 60° N: 1 km of longitude there is twice the degrees of latitude.
  const dLat = 1000 / 111_195;
  const dLon = dLat / Math.cos((60 * Math.PI) / 180);
  const lat = [60, 60 + dLat, 60 + dLat, 60, 60];
  const lon = [10, 10, 10 + dLon, 10 + dLon, 10];

  it('keeps the shape: a square stays square at any latitude', () => {
    const route = routePath(lat, lon, 300, 300, 0)!;
    expect(route.width).toBeCloseTo(route.height, -1);
    expect(route.px[2]! - route.px[1]!).toBeCloseTo(route.py[0]! - route.py[1]!, 0);
  });

  it('fits the box, north up, and skips samples without a position', () => {
    const route = routePath([...lat, NaN], [...lon, NaN], 200, 100)!;
    expect(route.height).toBeLessThanOrEqual(100);
    expect(route.py[1]).toBeLessThan(route.py[0]!);
    expect(Number.isNaN(route.px[5]!)).toBe(true);
    expect(route.d.startsWith('M')).toBe(true);
    expect(routePath([NaN], [NaN], 200, 100)).toBeNull();
  });
});
