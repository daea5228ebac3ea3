/**
 * Where a session picked up again after a crash or reload carries on: after its last row or
 * event, plus the time the tab was gone (wall-clock time since the last chunk, on the session
 * clock), which becomes a gap. The rest is the recorder's running state rebuilt from the journal.
 */
import type { RecordedSession, RecordingEvent } from './journal-format';

/** The `deviceId` of the gap that marks the time the app was not running. */
export const AWAY_GAP_ID = 'splits-app';

/** Where a recovered session ends: its last row or event, whichever is later. */
export function recoveredEndS(session: RecordedSession): number {
  let endS = session.rows.at(-1)?.timeS ?? 0;
  for (const e of session.events) {
    const atS = e.type === 'stroke' ? e.stroke.atS : e.atS;
    endS = Math.max(endS, atS);
  }
  return endS;
}

export type ResumePoint = {
  /** Session seconds where the journal ends and where recording starts again. */
  endS: number;
  resumeAtS: number;
  /** Events that close what the crash left open and mark the gap, to journal first. */
  bridge: RecordingEvent[];
  /** Timer pauses and the away gap so far, seconds: not active time. */
  pausedS: number;
  distanceM: number;
  lapNumber: number;
  lapStartActiveS: number;
  lapStartDistanceM: number;
  strokeCount: number | null;
};

export function resumePoint(
  session: RecordedSession,
  wallNowMs: number,
  clockSpeed: number,
): ResumePoint {
  const endS = recoveredEndS(session);
  const awayS = Math.max(1, ((wallNowMs - session.meta.updatedAtMs) / 1000) * clockSpeed);
  const resumeAtS = Math.floor(endS) + Math.ceil(awayS);
  let timerPausedS = 0;
  let pausedAtS: number | null = null;
  let lapNumber = 1;
  let lapStartS = 0;
  let lapStartActiveS = 0;
  let strokeCount: number | null = null;
  for (const e of session.events) {
    if (e.type === 'pause') pausedAtS ??= e.atS;
    if (e.type === 'resume' && pausedAtS !== null) {
      timerPausedS += e.atS - pausedAtS;
      pausedAtS = null;
    }
    if (e.type === 'lap') {
      lapNumber++;
      lapStartS = e.atS;
      lapStartActiveS = e.atS - timerPausedS - (pausedAtS === null ? 0 : e.atS - pausedAtS);
    }
    if (e.type === 'stroke') strokeCount = e.stroke.strokeCount;
  }
  const bridge: RecordingEvent[] = [];
  if (pausedAtS !== null) {
    timerPausedS += endS - pausedAtS;
    bridge.push({ type: 'resume', atS: endS });
  }
  // Link gaps still open when the tab went are closed by the away gap that follows them.
  const openLinks = new Set<string>();
  for (const e of session.events) {
    if (e.type === 'gap-start') openLinks.add(e.deviceId);
    if (e.type === 'gap-end') openLinks.delete(e.deviceId);
  }
  for (const deviceId of openLinks) bridge.push({ type: 'gap-end', atS: endS, deviceId });
  bridge.push({ type: 'gap-start', atS: endS, deviceId: AWAY_GAP_ID, label: 'Splits was closed' });
  bridge.push({ type: 'gap-end', atS: resumeAtS, deviceId: AWAY_GAP_ID });
  return {
    endS,
    resumeAtS,
    bridge,
    pausedS: timerPausedS + (resumeAtS - endS),
    distanceM: lastDistance(session.rows, Infinity),
    lapNumber,
    lapStartActiveS,
    lapStartDistanceM: lastDistance(session.rows, lapStartS),
    strokeCount,
  };
}

function lastDistance(rows: RecordedSession['rows'], atS: number): number {
  let distanceM = 0;
  for (const row of rows) {
    if (row.timeS > atS) break;
    if (Number.isFinite(row.distanceM)) distanceM = row.distanceM;
  }
  return distanceM;
}
