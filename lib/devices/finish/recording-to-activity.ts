/**
 * Turns a recorded session (1 Hz rows and events, live or recovered from IndexedDB) into the
 * normalized Activity every importer produces: columnar streams, laps from lap presses, timer
 * pauses from pause/resume, and one 'gap' pause per dropped device link.
 */
import type { Activity, Lap, Pause } from '../../../engine/activity/types';
import type { RecordedSession, RecordingEvent } from '../recorder/journal-format';

export function recordingToActivity(session: RecordedSession, endS: number): Activity {
  const { rows, events, meta } = session;
  const startMs = Date.parse(meta.startedAt);
  const n = rows.length;
  const column = <T extends Float32Array | Float64Array>(
    make: new (length: number) => T,
    pick: (i: number) => number,
  ): T => {
    const out = new make(n);
    for (let i = 0; i < n; i++) out[i] = pick(i);
    return out;
  };
  const at = (i: number) => rows[i]!;
  return {
    sport: meta.sport,
    subSport: meta.sport === 'rowing' ? 'indoor_rowing' : null,
    startTime: meta.startedAt,
    source: 'recorder',
    device: meta.devices.length > 0 ? meta.devices.join(' + ') : null,
    laps: lapsFrom(events, rows, startMs, endS),
    pauses: pausesFrom(events, endS),
    streams: {
      timeS: column(Float64Array, (i) => at(i).timeS),
      heartRateBpm: column(Float32Array, (i) => at(i).heartRateBpm),
      speedMps: column(Float32Array, (i) => at(i).speedMps),
      powerW: column(Float32Array, (i) => at(i).powerW),
      cadence: column(Float32Array, (i) => at(i).cadence),
      distanceM: column(Float64Array, (i) => at(i).distanceM),
      latitudeDeg: column(Float64Array, () => NaN),
      longitudeDeg: column(Float64Array, () => NaN),
      altitudeM: column(Float32Array, () => NaN),
    },
  };
}

/** The session distance at `atS`: the last row at or before it (rows are in time order). */
function distanceAt(rows: RecordedSession['rows'], atS: number): number {
  let distanceM = 0;
  for (const row of rows) {
    if (row.timeS > atS) break;
    if (Number.isFinite(row.distanceM)) distanceM = row.distanceM;
  }
  return distanceM;
}

function lapsFrom(
  events: RecordingEvent[],
  rows: RecordedSession['rows'],
  startMs: number,
  endS: number,
): Lap[] {
  const presses = events.flatMap((e) => (e.type === 'lap' && e.atS < endS ? [e.atS] : []));
  const bounds = [0, ...presses.sort((a, b) => a - b), endS];
  const laps: Lap[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const fromS = bounds[i]!;
    const toS = bounds[i + 1]!;
    if (toS <= fromS) continue;
    laps.push({
      startTime: new Date(startMs + fromS * 1000).toISOString(),
      startOffsetS: fromS,
      elapsedS: toS - fromS,
      movingS: null,
      distanceM: distanceAt(rows, toS) - distanceAt(rows, fromS),
    });
  }
  return laps;
}

function pausesFrom(events: RecordingEvent[], endS: number): Pause[] {
  const pauses: Pause[] = [];
  let timerFromS: number | null = null;
  const gapFromS = new Map<string, number>();
  for (const e of events) {
    if (e.type === 'pause') timerFromS ??= e.atS;
    if (e.type === 'resume' && timerFromS !== null) {
      pauses.push({ startS: timerFromS, endS: e.atS, reason: 'timer' });
      timerFromS = null;
    }
    if (e.type === 'gap-start' && !gapFromS.has(e.deviceId)) gapFromS.set(e.deviceId, e.atS);
    if (e.type === 'gap-end') {
      const fromS = gapFromS.get(e.deviceId);
      if (fromS !== undefined) pauses.push({ startS: fromS, endS: e.atS, reason: 'gap' });
      gapFromS.delete(e.deviceId);
    }
  }
  // A session finished (or recovered) while paused or while a link was down ends the stretch there.
  if (timerFromS !== null) pauses.push({ startS: timerFromS, endS, reason: 'timer' });
  for (const fromS of gapFromS.values()) pauses.push({ startS: fromS, endS, reason: 'gap' });
  return pauses.filter((p) => p.endS > p.startS).sort((a, b) => a.startS - b.startS);
}
