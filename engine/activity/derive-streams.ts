import { haversineM } from './haversine.ts';
import type { ActivityStreams } from './types.ts';

function allNaN(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) return false;
  return true;
}

/** Cumulative distance along the GPS track; a sample without a fix adds nothing. */
function distanceFromTrack(s: ActivityStreams): Float64Array {
  const distance = new Float64Array(s.timeS.length);
  let total = 0;
  let lastLat = NaN;
  let lastLon = NaN;
  for (let i = 0; i < distance.length; i++) {
    const lat = s.latitudeDeg[i]!;
    const lon = s.longitudeDeg[i]!;
    if (!Number.isNaN(lat) && !Number.isNaN(lon)) {
      if (!Number.isNaN(lastLat)) total += haversineM(lastLat, lastLon, lat, lon);
      lastLat = lat;
      lastLon = lon;
    }
    distance[i] = total;
  }
  return distance;
}

/** Speed from distance over the neighbouring samples (a centred difference damps GPS jitter). */
function speedFromDistance(s: ActivityStreams): Float32Array {
  const n = s.timeS.length;
  const speed = new Float32Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - 1);
    const b = Math.min(n - 1, i + 1);
    const dt = s.timeS[b]! - s.timeS[a]!;
    const dd = s.distanceM[b]! - s.distanceM[a]!;
    if (dt > 0 && Number.isFinite(dd)) speed[i] = Math.max(0, dd / dt);
  }
  return speed;
}

/**
 * Fills streams a file leaves out but which follow from others: distance from the GPS track
 * (GPX has no distance), speed from distance. Columns the file has are kept as they are.
 */
export function deriveMissingStreams(streams: ActivityStreams): ActivityStreams {
  let result = streams;
  if (allNaN(result.distanceM) && !allNaN(result.latitudeDeg)) {
    result = { ...result, distanceM: distanceFromTrack(result) };
  }
  if (allNaN(result.speedMps) && !allNaN(result.distanceM)) {
    result = { ...result, speedMps: speedFromDistance(result) };
  }
  return result;
}
