/**
 * The per-stroke and RR-interval events of a recorded session as the activity document's columns.
 * Stroke power and stroke rate are the monitor's own per-stroke figures as they stood in the 1 Hz
 * row at the stroke (0x0036 stroke power and 0x0032 stroke rate feed those rows); the session
 * distance at the stroke comes from the same row, so it stays monotonic across interval resets.
 */
import { emptyBeats, type ActivityBeats } from '../../store/activity-doc';
import type { RecordedSession } from '../recorder/journal-format';

type Row = RecordedSession['rows'][number];

export function recordingToBeats(session: RecordedSession): ActivityBeats {
  const beats = emptyBeats();
  const strokes = session.events.flatMap((e) => (e.type === 'stroke' ? [e.stroke] : []));
  const rr = session.events.flatMap((e) =>
    e.type === 'rr' ? e.rrIntervalsMs.map((rrMs) => ({ atS: e.atS, rrMs })) : [],
  );
  const rowAt = rowFinder(session.rows);
  const rows = strokes.map((s) => rowAt(s.atS));
  const pick = (value: (i: number) => number) => Float64Array.from(strokes, (_, i) => value(i));
  beats.strokes = {
    atS: pick((i) => strokes[i]!.atS),
    distanceM: pick((i) => rows[i]?.distanceM ?? NaN),
    strokeDistanceM: pick((i) => strokes[i]!.strokeDistanceM),
    driveLengthM: pick((i) => strokes[i]!.driveLengthM),
    driveTimeS: pick((i) => strokes[i]!.driveTimeS),
    recoveryTimeS: pick((i) => strokes[i]!.recoveryTimeS),
    peakDriveForceLbs: pick((i) => strokes[i]!.peakDriveForceLbs),
    averageDriveForceLbs: pick((i) => strokes[i]!.averageDriveForceLbs),
    workPerStrokeJ: pick((i) => strokes[i]!.workPerStrokeJ),
    strokePowerW: pick((i) => rows[i]?.powerW ?? NaN),
    strokeRateSpm: pick((i) => rows[i]?.cadence ?? NaN),
  };
  beats.rr = {
    atS: Float64Array.from(rr, (r) => r.atS),
    rrMs: Float32Array.from(rr, (r) => r.rrMs),
  };
  return beats;
}

/** The last row at or before a time; strokes arrive in time order, so one forward pass. */
function rowFinder(rows: Row[]): (atS: number) => Row | undefined {
  let i = 0;
  return (atS) => {
    while (i + 1 < rows.length && rows[i + 1]!.timeS <= atS) i++;
    const row = rows[i];
    return row && row.timeS <= atS ? row : undefined;
  };
}
