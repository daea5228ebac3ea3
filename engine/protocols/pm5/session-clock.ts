/**
 * Turns the PM5's per-interval counters into one monotonic session clock and distance.
 *
 * Elapsed time and distance in 0x0031/0x0032/0x0033/0x0035/0x0036/0x0037 restart at zero at each
 * interval rollover (not at split boundaries), and elapsed time stands still during a planned
 * rest (Open Rowing Monitor docs/PM5_Interface.md "Elapsed time", from BLE traces of real PM5s).
 * Records from different characteristics also arrive slightly out of order (a 0x0035 stamped
 * 24.98 s after a 0x0031 stamped 25.00 s in ErgometerJS row100meter.ts), and a late record from
 * the previous interval can follow the first record of the next. So:
 *   - a step back of more than ROLLOVER_S starts a new interval, whose offset is the previous
 *     interval's furthest reading;
 *   - a smaller step back is jitter: the session value is held, never decreased;
 *   - a reading that lands back near the end of the previous interval is a straggler and is
 *     placed there.
 * 0x0031's total work distance (metres of the intervals before this one) lets the distance offset
 * catch up after a link gap that hid part of an interval.
 * The session clock is work time: planned rests are not in it (the PM does not count them).
 */

/** A step back larger than this is an interval rollover, not cross-characteristic jitter. */
export const ROLLOVER_S = 2;

export type Pm5Reading = {
  elapsedS: number;
  distanceM?: number | undefined;
  /** From 0x0031: the distance of the intervals before the current one. */
  totalWorkDistanceM?: number | undefined;
};

type Interval = { offsetS: number; offsetM: number; maxS: number; maxM: number };

export type SessionClock = {
  intervalIndex: number;
  current: Interval;
  previous: Interval | null;
  /** The largest session values handed out, so the output never goes back. */
  sessionS: number;
  sessionM: number;
};

export type SessionPoint = {
  sessionElapsedS: number;
  sessionDistanceM: number;
  intervalIndex: number;
};

export const NEW_SESSION_CLOCK: SessionClock = {
  intervalIndex: 0,
  current: { offsetS: 0, offsetM: 0, maxS: 0, maxM: 0 },
  previous: null,
  sessionS: 0,
  sessionM: 0,
};

function isStraggler(clock: SessionClock, reading: Pm5Reading): boolean {
  const prev = clock.previous;
  return (
    prev !== null &&
    reading.elapsedS > clock.current.maxS + ROLLOVER_S &&
    Math.abs(reading.elapsedS - prev.maxS) <= ROLLOVER_S
  );
}

export function advanceSessionClock(
  clock: SessionClock,
  reading: Pm5Reading,
): { clock: SessionClock; point: SessionPoint } {
  let { current, previous, intervalIndex } = clock;
  if (isStraggler(clock, reading)) {
    const point = {
      sessionElapsedS: clock.sessionS,
      sessionDistanceM: clock.sessionM,
      intervalIndex: intervalIndex - 1,
    };
    return { clock, point };
  }
  if (reading.elapsedS < current.maxS - ROLLOVER_S) {
    previous = current;
    intervalIndex += 1;
    current = {
      offsetS: previous.offsetS + previous.maxS,
      offsetM: Math.max(previous.offsetM + previous.maxM, reading.totalWorkDistanceM ?? 0),
      maxS: 0,
      maxM: 0,
    };
  } else if (
    reading.totalWorkDistanceM !== undefined &&
    reading.totalWorkDistanceM > current.offsetM
  ) {
    current = { ...current, offsetM: reading.totalWorkDistanceM };
  }
  current = {
    ...current,
    maxS: Math.max(current.maxS, reading.elapsedS),
    maxM: Math.max(current.maxM, reading.distanceM ?? 0),
  };
  const sessionS = Math.max(clock.sessionS, current.offsetS + reading.elapsedS);
  const sessionM =
    reading.distanceM === undefined
      ? clock.sessionM
      : Math.max(clock.sessionM, current.offsetM + reading.distanceM);
  return {
    clock: { intervalIndex, current, previous, sessionS, sessionM },
    point: { sessionElapsedS: sessionS, sessionDistanceM: sessionM, intervalIndex },
  };
}
