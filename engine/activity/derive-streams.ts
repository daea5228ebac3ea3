import { haversineM } from './haversine.ts';
import type { ActivityStreams } from './types.ts';

function allNaN(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) return false;
  return true;
}

/**
 * Cumulative distance along the GPS track; a sample without a fix adds nothing, and neither does
 * the step into a new GPX track segment (the receiver was off or had lost the signal: GPX 1.1,
 * "trksegType"), whose straight line nobody covered.
 */
function distanceFromTrack(s: ActivityStreams, breaksS: ReadonlySet<number>): Float64Array {
  const distance = new Float64Array(s.timeS.length);
  let total = 0;
  let lastLat = NaN;
  let lastLon = NaN;
  for (let i = 0; i < distance.length; i++) {
    const lat = s.latitudeDeg[i]!;
    const lon = s.longitudeDeg[i]!;
    if (breaksS.has(s.timeS[i]!)) lastLat = NaN;
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

/** Distance from the GPS track when the file has no distance of its own (GPX). */
export function withTrackDistance(
  streams: ActivityStreams,
  breaksS: ReadonlySet<number> = new Set(),
): ActivityStreams {
  if (!allNaN(streams.distanceM) || allNaN(streams.latitudeDeg)) return streams;
  return { ...streams, distanceM: distanceFromTrack(streams, breaksS) };
}

/** Speed from distance when the file has no speed of its own. */
export function withDerivedSpeed(streams: ActivityStreams): ActivityStreams {
  if (!allNaN(streams.speedMps) || allNaN(streams.distanceM)) return streams;
  return { ...streams, speedMps: speedFromDistance(streams) };
}
