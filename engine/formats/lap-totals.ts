import { createStreamBuilder, type SampleRow } from '../activity/stream-builder.ts';
import type { ActivityStreams } from '../activity/types.ts';
import type { RawLap } from './raw-leg.ts';

/**
 * Lap totals where the samples have holes. Some exports (Suunto TCX) write laps whose trackpoints
 * are missing, and a treadmill or an erg may give distance only per lap; the device's lap distance
 * is then the best figure there is. A lap with no sample strictly inside it gets a row at its
 * start and end carrying its distance, and later samples move on by that much — unless the
 * samples after the hole already include it (the device's counter kept running).
 */
export type LapFill = {
  streams: ActivityStreams;
  filledLaps: number;
  addedM: number;
  /** The samples had no distance at all: it comes from the laps alone. */
  fromLapsOnly: boolean;
};

type LappedDistance = RawLap & { distanceM: number };

function firstAfter(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function distanceBefore(s: ActivityStreams, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (!Number.isNaN(s.distanceM[i]!)) return s.distanceM[i]!;
  return 0;
}

function distanceFrom(s: ActivityStreams, index: number): number {
  for (let i = index; i < s.timeS.length; i++)
    if (!Number.isNaN(s.distanceM[i]!)) return s.distanceM[i]!;
  return NaN;
}

type Hole = { startS: number; endS: number; distanceM: number };

function findHoles(s: ActivityStreams, laps: LappedDistance[]): Hole[] {
  const holes: Hole[] = [];
  for (const lap of laps) {
    const endS = lap.startS + lap.elapsedS;
    const from = firstAfter(s.timeS, lap.startS);
    const to = firstAfter(s.timeS, endS - 1e-6);
    if (to > from) continue;
    const across = distanceFrom(s, to) - distanceBefore(s, from);
    if (across >= 0.5 * lap.distanceM) continue;
    holes.push({ startS: lap.startS, endS, distanceM: lap.distanceM });
  }
  return holes;
}

/** Distance from the laps alone, spread evenly over each lap's samples (no distance column). */
function distanceFromLaps(s: ActivityStreams, laps: LappedDistance[]): Float64Array {
  const distance = new Float64Array(s.timeS.length).fill(NaN);
  let before = 0;
  for (const lap of laps) {
    const from = firstAfter(s.timeS, lap.startS - 1e-6);
    const to = firstAfter(s.timeS, lap.startS + lap.elapsedS + 1e-6);
    for (let i = from; i < to; i++) {
      const fraction = Math.min(1, (s.timeS[i]! - lap.startS) / lap.elapsedS);
      distance[i] = before + fraction * lap.distanceM;
    }
    before += lap.distanceM;
  }
  return distance;
}

function rowAt(s: ActivityStreams, i: number, offsetM: number): SampleRow {
  return {
    timeS: s.timeS[i]!,
    heartRateBpm: s.heartRateBpm[i],
    speedMps: s.speedMps[i],
    powerW: s.powerW[i],
    cadence: s.cadence[i],
    distanceM: s.distanceM[i]! + offsetM,
    latitudeDeg: s.latitudeDeg[i],
    longitudeDeg: s.longitudeDeg[i],
    altitudeM: s.altitudeM[i],
  };
}

function withHoles(s: ActivityStreams, holes: Hole[]): ActivityStreams {
  const builder = createStreamBuilder(s.timeS.length + 2 * holes.length);
  let offsetM = 0;
  let h = 0;
  for (let i = 0; i <= s.timeS.length; i++) {
    const t = i < s.timeS.length ? s.timeS[i]! : Infinity;
    while (h < holes.length && holes[h]!.startS < t) {
      const hole = holes[h++]!;
      const atStart = distanceBefore(s, firstAfter(s.timeS, hole.startS)) + offsetM;
      builder.push({ timeS: hole.startS, distanceM: atStart });
      offsetM += hole.distanceM;
      const speedMps = hole.distanceM / (hole.endS - hole.startS);
      builder.push({ timeS: hole.endS, distanceM: atStart + hole.distanceM, speedMps });
    }
    if (i < s.timeS.length) builder.push(rowAt(s, i, offsetM));
  }
  return builder.build();
}

/** Laps whose distance a person could have covered in the lap's time (`limitMps`). */
export function fillFromLapTotals(
  streams: ActivityStreams,
  laps: RawLap[],
  limitMps: number,
): LapFill {
  const lapped = laps.filter(
    (lap): lap is LappedDistance =>
      lap.distanceM !== null &&
      lap.distanceM > 0 &&
      lap.elapsedS > 0 &&
      lap.distanceM <= limitMps * lap.elapsedS,
  );
  if (lapped.length === 0) return { streams, filledLaps: 0, addedM: 0, fromLapsOnly: false };
  if (!streams.distanceM.some((d) => !Number.isNaN(d))) {
    const distanceM = distanceFromLaps(streams, lapped);
    const addedM = lapped.reduce((sum, lap) => sum + lap.distanceM, 0);
    return {
      streams: { ...streams, distanceM },
      filledLaps: lapped.length,
      addedM,
      fromLapsOnly: true,
    };
  }
  const holes = findHoles(streams, lapped);
  if (holes.length === 0) return { streams, filledLaps: 0, addedM: 0, fromLapsOnly: false };
  return {
    streams: withHoles(streams, holes),
    filledLaps: holes.length,
    addedM: holes.reduce((sum, hole) => sum + hole.distanceM, 0),
    fromLapsOnly: false,
  };
}
