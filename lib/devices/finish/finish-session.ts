/**
 * The last step of a recording, live or recovered: summarise (the same analysis as an import),
 * save through the store, and only then drop the journal. Settings that do not fit together give
 * a typed error and keep the journal, so the session can be saved once they are fixed. The
 * activity keeps the recording's id, so saving again after a crash half-way finds it already
 * there rather than making a copy.
 */
import type { AthleteInput } from '../../../engine/activity/athlete';
import type { Activity } from '../../../engine/activity/types';
import type { AthleteError } from '../../worker/summarize-activity';
import type { RecordedSession } from '../recorder/journal-format';
import type { JournalStore } from '../recorder/journal-store';
import { recoveredEndS } from '../recorder/resume-point';
import { gapStretches, type GapStretch } from './gap-stretches';
import { recordingToActivity } from './recording-to-activity';
import { recordingToBeats } from './recording-to-beats';
import { saveRecordedActivity } from './save-recording';
import type { ActivitySummariser } from './summariser';

export type SavedRecording = {
  id: string;
  /** Dropped device links, with their total length: the session carried on through them. */
  gapCount: number;
  gapS: number;
  /** Time the app was closed mid-session (a resumed session), marked as a gap. */
  awayS: number;
};

export type FinishOutcome =
  { ok: true; saved: SavedRecording } | { ok: false; error: AthleteError };

/** Where a finished session goes and how it is summarised. */
export type FinishTarget = {
  store: JournalStore;
  athleteId: string;
  athlete: AthleteInput;
  summarise: ActivitySummariser;
};

export async function saveFinishedRecording(
  target: FinishTarget,
  session: RecordedSession,
  activity: Activity,
): Promise<FinishOutcome> {
  const { id, plannedWorkoutId } = session.meta;
  const result = await target.summarise(activity, id, null, target.athlete);
  if (!result.ok) return result;
  await saveRecordedActivity(
    target.athleteId,
    result.summary,
    activity,
    { plannedWorkoutId },
    recordingToBeats(session),
  );
  await target.store.discard(id);
  return { ok: true, saved: gapReport(id, session, activity) };
}

function gapReport(id: string, session: RecordedSession, activity: Activity): SavedRecording {
  const endS = activity.streams.timeS.at(-1) ?? 0;
  const gaps = gapStretches(session.events, endS);
  const lengthS = (stretches: GapStretch[]) =>
    stretches.reduce((total, g) => total + (g.endS - g.startS), 0);
  const links = gaps.filter((g) => !g.away);
  return {
    id,
    gapCount: links.length,
    gapS: lengthS(links),
    awayS: lengthS(gaps.filter((g) => g.away)),
  };
}

/** Saves what a crash left behind; null (and the journal dropped) when nothing was recorded. */
export async function saveRecoveredRecording(
  target: FinishTarget,
  id: string,
): Promise<FinishOutcome | null> {
  const session = await target.store.load(id);
  if (!session || session.rows.length < 2) {
    await target.store.discard(id);
    return null;
  }
  const activity = recordingToActivity(session, recoveredEndS(session));
  return saveFinishedRecording(target, session, activity);
}
