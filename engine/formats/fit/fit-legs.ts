import type { EventMesg, FitMessages, SessionMesg } from '@garmin/fitsdk';
import { epochS } from './fit-records.ts';

/**
 * A multisport file (triathlon, duathlon, swimrun, a "multisport" recording) holds one session per
 * leg, transitions included, with records, laps, lengths and events for the whole event in one
 * stream. Each leg owns what falls from its session's start to the next session's start; the
 * first leg also owns anything before it, the last anything after.
 */
export type LegWindow = { session: SessionMesg | undefined; fromS: number; toS: number };

export function legWindows(messages: FitMessages): LegWindow[] {
  const sessions = (messages.sessionMesgs ?? [])
    .filter((s) => epochS(s.startTime) !== null)
    .sort((a, b) => epochS(a.startTime)! - epochS(b.startTime)!);
  if (sessions.length === 0) return [{ session: undefined, fromS: -Infinity, toS: Infinity }];
  return sessions.map((session, i) => ({
    session,
    fromS: i === 0 ? -Infinity : epochS(session.startTime)!,
    toS: i === sessions.length - 1 ? Infinity : epochS(sessions[i + 1]!.startTime)!,
  }));
}

/**
 * The items whose time falls in each window, in file order. Records are stamped at the end of
 * the second they describe, so one at a boundary closes the earlier leg (`endStamped`); laps,
 * lengths and events are stamped where they start.
 */
export function partition<T>(
  items: readonly T[] | undefined,
  windows: LegWindow[],
  timeOf: (item: T) => number | null,
  endStamped = false,
): T[][] {
  const parts: T[][] = windows.map(() => []);
  if (windows.length === 1) {
    parts[0]!.push(...(items ?? []));
    return parts;
  }
  for (const item of items ?? []) {
    const t = timeOf(item);
    if (t === null) continue;
    let i = windows.length - 1;
    while (i > 0 && (endStamped ? t <= windows[i]!.fromS : t < windows[i]!.fromS)) i--;
    parts[i]!.push(item);
  }
  return parts;
}

/**
 * The timer's stops (FIT event "timer": stop / stop_all … start), epoch seconds; null when the
 * file has no timer events at all, so pauses must be inferred from the samples.
 */
export function timerStops(events: EventMesg[], fileHasTimer: boolean) {
  if (!fileHasTimer) return null;
  const stops: Array<{ startS: number; endS: number }> = [];
  let stoppedAtS: number | null = null;
  for (const event of events) {
    if (event.event !== 'timer') continue;
    const atS = epochS(event.timestamp);
    if (atS === null) continue;
    if (event.eventType === 'stop' || event.eventType === 'stopAll') {
      stoppedAtS ??= atS;
    } else if (event.eventType === 'start' && stoppedAtS !== null) {
      stops.push({ startS: stoppedAtS, endS: atS });
      stoppedAtS = null;
    }
  }
  return stops;
}

/**
 * A watch that keeps one distance counter across the legs starts each leg where the last one
 * ended; each leg's distance is then measured from that point.
 */
export function restartEachLeg(distances: Float64Array[]): void {
  let previousEnd = NaN;
  for (const distance of distances) {
    let first = NaN;
    let last = NaN;
    for (const d of distance) {
      if (Number.isNaN(d)) continue;
      if (Number.isNaN(first)) first = d;
      last = d;
    }
    if (first >= previousEnd)
      for (let i = 0; i < distance.length; i++) distance[i] = distance[i]! - previousEnd;
    if (!Number.isNaN(last)) previousEnd = last;
  }
}
