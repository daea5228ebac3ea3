'use client';

import { useCallback, useEffect, useState } from 'react';
import { DeviceList } from '../devices/device-list';
import { PairDevices } from '../devices/pair-devices';
import { primaryButton } from '../devices/button-classes';
import { useAthleteId } from '@/lib/store/current-athlete';
import { useProfile } from '@/lib/store/use-profile';
import {
  saveFinishedRecording,
  saveRecoveredRecording,
  type SavedRecording,
} from '@/lib/devices/finish/finish-session';
import { manualActivity, manualSummary, type ManualEntry } from '@/lib/devices/finish/manual-entry';
import type { RecordingMeta, RecordingSport } from '@/lib/devices/recorder/journal-format';
import { saveRecordedActivity } from '@/lib/devices/finish/save-recording';
import { ManualEntryForm } from './manual-entry-form';
import { RecoveryPrompt } from './recovery-prompt';
import { LinkAnnouncer } from './link-announcer';
import { SavedNotice } from './saved-notice';
import { RecordingPanel } from './recording-panel';
import { useTodaysWorkouts } from './use-todays-workouts';
import { WorkoutPicker } from './workout-picker';
import {
  useDevices,
  useLiveNumbers,
  useRecordSession,
  useSessionPhase,
} from './use-record-session';

export function RecordScreen() {
  const session = useRecordSession();
  const phase = useSessionPhase(session);
  const devices = useDevices(session);
  const live = useLiveNumbers(session);
  const athleteId = useAthleteId();
  const { profile } = useProfile();
  const [sport, setSport] = useState<RecordingSport | null>(null);
  const [unfinished, setUnfinished] = useState<RecordingMeta[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<SavedRecording | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const workouts = useTodaysWorkouts();
  const [workoutId, setWorkoutId] = useState<string | null>(null);
  const [speak, setSpeak] = useState(false);
  const workout = workouts.find((w) => w.id === workoutId) ?? null;

  useEffect(() => {
    if (!session) return;
    session.store
      .unfinished()
      .then(setUnfinished, (error: unknown) =>
        setProblem(`Could not look for unfinished sessions: ${String(error)}`),
      );
  }, [session]);

  const chosenSport = sport ?? session?.suggestedSport() ?? 'running';

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

  if (!session || !athleteId) {
    return <p className="text-slate-600 dark:text-slate-300">Getting ready…</p>;
  }

  const recorder = session.recorder;
  const start = () => run(async () => void (await session.start(chosenSport, workout)));
  const finish = () =>
    run(async () => {
      if (!recorder) return;
      const activity = await session.finish();
      setSaved(
        await saveFinishedRecording(
          session.store,
          athleteId,
          profile,
          recorder.recorded(),
          activity,
        ),
      );
      await session.dispose();
    });
  const recover = (id: string) =>
    run(async () => {
      const result = await saveRecoveredRecording(session.store, athleteId, profile, id);
      setUnfinished(await session.store.unfinished());
      if (result) setSaved(result);
    });
  const resume = (id: string) =>
    run(async () => {
      const plannedId = unfinished.find((m) => m.id === id)?.plannedWorkoutId;
      await session.resume(id, workouts.find((w) => w.id === plannedId) ?? null);
      setUnfinished(await session.store.unfinished());
    });
  const discard = (id: string) =>
    run(async () => {
      await session.store.discard(id);
      setUnfinished(await session.store.unfinished());
    });
  const saveManual = (entry: ManualEntry) =>
    run(async () => {
      const id = crypto.randomUUID();
      const summary = manualSummary(id, entry);
      await saveRecordedActivity(athleteId, summary, manualActivity(entry), {
        rpe: entry.rpe,
        notes: entry.notes,
      });
      setSaved({ id, gapCount: 0, gapS: 0, awayS: 0 });
    });

  return (
    <div className="space-y-6">
      <RecoveryPrompt
        sessions={unfinished.filter((m) => m.id !== recorder?.id)}
        busy={busy}
        canResume={phase === 'setup' && devices.length > 0}
        onResume={resume}
        onRecover={recover}
        onDiscard={discard}
      />
      <LinkAnnouncer devices={devices} />
      {problem && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
      {saved && <SavedNotice saved={saved} units={profile.units} />}
      {phase === 'finished' && (
        <p>
          {saved ? 'Ready for the next one whenever you are: ' : 'That session was let go. '}
          <a className="underline" href="/record/">
            start another session
          </a>
          .
        </p>
      )}

      {phase === 'recording' && live && recorder && (
        <RecordingPanel
          session={session}
          recorder={recorder}
          live={live}
          units={profile.units}
          speak={speak}
          busy={busy}
          onFinish={finish}
        />
      )}

      <section aria-labelledby="devices-title" className="space-y-3">
        <h2 id="devices-title" className="text-xl font-semibold">
          Devices
        </h2>
        <DeviceList
          devices={devices}
          onRetry={(id) => session.manager.retry(id)}
          onRemove={(id) => void session.manager.remove(id)}
          onDropLink={session.demoLinkDropper()}
        />
        {phase === 'setup' && <PairDevices session={session} onProblem={setProblem} />}
      </section>

      {phase === 'setup' && (
        <section aria-labelledby="start-title" className="space-y-3">
          <h2 id="start-title" className="text-xl font-semibold">
            Start
          </h2>
          <div className="max-w-xs">
            <label htmlFor="record-sport">Sport to record</label>
            <select
              id="record-sport"
              className="mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
              value={chosenSport}
              onChange={(e) => setSport(e.target.value as RecordingSport)}
            >
              <option value="rowing">Rowing</option>
              <option value="running">Running</option>
            </select>
          </div>
          <WorkoutPicker
            workouts={workouts}
            chosenId={workoutId}
            onChoose={setWorkoutId}
            speak={speak}
            onSpeak={setSpeak}
          />
          <button
            type="button"
            className={primaryButton}
            disabled={busy || devices.length === 0}
            onClick={start}
          >
            Start recording
          </button>
          {devices.length === 0 && (
            <p className="text-sm text-slate-500 dark:text-slate-400">
              Pair a device (or the demo devices) to start.
            </p>
          )}
        </section>
      )}

      {phase === 'setup' && (
        <details className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <summary className="cursor-pointer font-medium">
            No devices? Enter a session by hand
          </summary>
          <div className="mt-3">
            <ManualEntryForm units={profile.units} onSave={saveManual} />
          </div>
        </details>
      )}
    </div>
  );
}
