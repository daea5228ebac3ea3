/**
 * The rows of a journal as the live recorder handed them out: each with its active time (timer
 * pauses left out) and whether lap was pressed since the row before. A resumed session replays
 * them so live guidance picks up at the step the athlete had reached.
 */
import type { RecordedSession } from './journal-format';
import type { TimelineRow } from './timeline';

export type RecordedRow = { row: TimelineRow; activeS: number; lap: boolean };

export function recordedRows(session: RecordedSession): RecordedRow[] {
  const pauses: { fromS: number; toS: number }[] = [];
  let pausedAtS: number | null = null;
  for (const e of session.events) {
    if (e.type === 'pause') pausedAtS ??= e.atS;
    if (e.type === 'resume' && pausedAtS !== null) {
      pauses.push({ fromS: pausedAtS, toS: e.atS });
      pausedAtS = null;
    }
  }
  const laps = session.events.flatMap((e) => (e.type === 'lap' ? [e.atS] : []));
  let previousS = -Infinity;
  return session.rows.map((row) => {
    const pausedS = pauses
      .filter((p) => p.toS <= row.timeS)
      .reduce((total, p) => total + (p.toS - p.fromS), 0);
    const lap = laps.some((atS) => atS > previousS && atS <= row.timeS);
    previousS = row.timeS;
    return { row, activeS: row.timeS - pausedS, lap };
  });
}
