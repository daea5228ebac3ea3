/**
 * Great-circle distance between two points by the haversine formula (R. W. Sinnott, "Virtues of
 * the Haversine", Sky & Telescope 68(2):159, 1984), on a sphere of the Earth's mean radius
 * (IUGG: 6 371 008.8 m). Good to about 0.5 % against the ellipsoid, far inside GPS noise.
 */
export const EARTH_MEAN_RADIUS_M = 6_371_008.8;

const RADIANS_PER_DEGREE = Math.PI / 180;

export function haversineM(
  latADeg: number,
  lonADeg: number,
  latBDeg: number,
  lonBDeg: number,
): number {
  const phiA = latADeg * RADIANS_PER_DEGREE;
  const phiB = latBDeg * RADIANS_PER_DEGREE;
  const dPhi = phiB - phiA;
  const dLambda = (lonBDeg - lonADeg) * RADIANS_PER_DEGREE;
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(phiA) * Math.cos(phiB) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
