/**
 * The last step of a recording, live or recovered: analyse, save through the store, and only
 * then drop the journal. The activity keeps the recording's id, so saving again after a crash
 * half-way finds it already there rather than making a copy.
 */
import type { Activity } from '../../../engine/activity/types';
import type { Profile } from '../../store/profile-schema';
import { summarizeRecording } from './activity-summary';
import type { RecordedSession } from '../recorder/journal-format';
import type { RecordingStore } from '../recorder/journal-store';
import { recordingToActivity } from './recording-to-activity';
import { recordingToBeats } from './recording-to-beats';
import { AWAY_GAP_ID, recoveredEndS } from '../recorder/resume-point';
import { saveRecordedActivity } from './save-recording';

export type SavedRecording = {
  id: string;
  /** Dropped-link stretches marked in the streams, with their total length. */
  gapCount: number;
  gapS: number;
  /** Time the app was closed mid-session (a resumed session), also marked as a gap. */
  awayS: number;
};

export async function saveFinishedRecording(
  store: RecordingStore,
  athleteId: string,
  profile: Profile,
  session: RecordedSession,
  activity: Activity,
): Promise<SavedRecording> {
  const { id, plannedWorkoutId } = session.meta;
  const summary = summarizeRecording(id, activity, profile);
  await saveRecordedActivity(
    athleteId,
    summary,
    activity,
    { plannedWorkoutId },
    recordingToBeats(session),
  );
  await store.discard(id);
  const awayFromS = new Set(
    session.events.flatMap((e) =>
      e.type === 'gap-start' && e.deviceId === AWAY_GAP_ID ? [e.atS] : [],
    ),
  );
  const gaps = activity.pauses.filter((p) => p.reason === 'gap');
  const links = gaps.filter((p) => !awayFromS.has(p.startS));
  const lengthS = (stretches: typeof gaps) =>
    stretches.reduce((total, p) => total + (p.endS - p.startS), 0);
  return {
    id,
    gapCount: links.length,
    gapS: lengthS(links),
    awayS: lengthS(gaps.filter((p) => awayFromS.has(p.startS))),
  };
}

/** Saves what a crash left behind; null (and the journal dropped) when nothing was recorded. */
export async function saveRecoveredRecording(
  store: RecordingStore,
  athleteId: string,
  profile: Profile,
  id: string,
): Promise<SavedRecording | null> {
  const session = await store.load(id);
  if (!session || session.rows.length < 2) {
    await store.discard(id);
    return null;
  }
  const activity = recordingToActivity(session, recoveredEndS(session));
  return saveFinishedRecording(store, athleteId, profile, session, activity);
}
