/**
 * Turns a recorded session (1 Hz rows and events, live or recovered from IndexedDB) into the
 * normalized Activity every importer produces: columnar streams, laps from lap presses, timer
 * pauses from pause/resume, and a 'gap' pause for the time the app was closed.
 *
 * A dropped device link is not a pause: the athlete kept going, the rows went on at 1 Hz (with
 * the silent device's values missing), and what a monitor counted meanwhile arrives when it is
 * back — so that time stays in, as it did on the live clock. Only a link still down at the finish,
 * once the session distance stopped moving, marks time nothing was counted in.
 */
import type { Activity, Lap, Pause } from '../../../engine/activity/types';
import type { RecordedSession, RecordingEvent } from '../recorder/journal-format';
import { gapStretches } from './gap-stretches';

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
    pauses: pausesFrom(events, rows, endS),
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

function pausesFrom(
  events: RecordingEvent[],
  rows: RecordedSession['rows'],
  endS: number,
): Pause[] {
  const pauses: Pause[] = [];
  let timerFromS: number | null = null;
  for (const e of events) {
    if (e.type === 'pause') timerFromS ??= e.atS;
    if (e.type === 'resume' && timerFromS !== null) {
      pauses.push({ startS: timerFromS, endS: e.atS, reason: 'timer' });
      timerFromS = null;
    }
  }
  // A session finished (or recovered) while paused ends the pause there.
  if (timerFromS !== null) pauses.push({ startS: timerFromS, endS, reason: 'timer' });
  const gaps = gapStretches(events, endS);
  for (const away of gaps.filter((g) => g.away)) {
    pauses.push({ startS: away.startS, endS: away.endS, reason: 'gap' });
  }
  const stillDown = gaps.filter((g) => g.open && !g.away);
  if (stillDown.length > 0) {
    const fromS = Math.max(Math.min(...stillDown.map((g) => g.startS)), lastDistanceGainS(rows));
    pauses.push({ startS: fromS, endS, reason: 'gap' });
  }
  return pauses.filter((p) => p.endS > p.startS).sort((a, b) => a.startS - b.startS);
}

/** The time of the last row whose session distance moved on; 0 when it never did. */
function lastDistanceGainS(rows: RecordedSession['rows']): number {
  let atS = 0;
  let lastM = NaN;
  for (const row of rows) {
    if (!Number.isFinite(row.distanceM)) continue;
    if (row.distanceM > lastM) atS = row.timeS;
    lastM = row.distanceM;
  }
  return atS;
}
