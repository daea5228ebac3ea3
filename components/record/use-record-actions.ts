'use client';

import { useCallback, useEffect, useState } from 'react';
import type { PlannedWorkout } from '@/engine/workout/types';
import type { FinishOutcome, SavedRecording } from '@/lib/devices/finish/finish-session';
import { manualActivity, manualSummary, type ManualEntry } from '@/lib/devices/finish/manual-entry';
import { saveRecordedActivity } from '@/lib/devices/finish/save-recording';
import type { RecordingMeta, RecordingSport } from '@/lib/devices/recorder/journal-format';
import type { RecordSession } from '@/lib/devices/recorder/record-session';
import type { Profile } from '@/lib/store/profile-schema';
import { athleteFromProfile } from '@/lib/worker/athlete-from-profile';

const KEPT =
  'Your session is kept on this device: once that is fixed, save it from “A session did not finish” above.';

/**
 * What the Record screen does, one busy flag at a time: start, finish and save, carry on or save
 * a session left open, let one go, save one entered by hand. Failures become one message.
 */
export function useRecordActions(
  session: RecordSession | null,
  athleteId: string | null,
  profile: Profile,
  workouts: PlannedWorkout[],
) {
  const [unfinished, setUnfinished] = useState<RecordingMeta[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<SavedRecording | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!session) return;
    session.store
      .unfinished()
      .then(setUnfinished, (error: unknown) =>
        setProblem(`Could not look for unfinished sessions: ${String(error)}`),
      );
  }, [session]);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }, []);

  if (!session || !athleteId) return null;
  const athlete = athleteFromProfile(profile);
  const refreshUnfinished = async () => setUnfinished(await session.store.unfinished());
  const settle = async (outcome: FinishOutcome | null) => {
    if (outcome?.ok) setSaved(outcome.saved);
    else if (outcome) setProblem(`${outcome.error.message} ${KEPT}`);
    await refreshUnfinished();
  };

  return {
    unfinished,
    busy,
    saved,
    problem,
    setProblem,
    start: (sport: RecordingSport, workout: PlannedWorkout | null) =>
      run(async () => void (await session.start(sport, workout))),
    finish: () =>
      run(async () => {
        await settle(await session.finish(athleteId, athlete));
        await session.dispose();
      }),
    recover: (id: string) =>
      run(async () => settle(await session.saveLeftOver(id, athleteId, athlete))),
    resume: (id: string) =>
      run(async () => {
        const plannedId = unfinished.find((m) => m.id === id)?.plannedWorkoutId;
        await session.resume(id, workouts.find((w) => w.id === plannedId) ?? null);
        await refreshUnfinished();
      }),
    discard: (id: string) =>
      run(async () => {
        await session.store.discard(id);
        await refreshUnfinished();
      }),
    saveManual: (entry: ManualEntry) =>
      run(async () => {
        const id = crypto.randomUUID();
        await saveRecordedActivity(athleteId, manualSummary(id, entry), manualActivity(entry), {
          rpe: entry.rpe,
          notes: entry.notes,
        });
        setSaved({ id, gapCount: 0, gapS: 0, awayS: 0 });
      }),
  };
}
