'use client';

import { useState } from 'react';
import { useBluetoothSupportSettled } from '../devices/bluetooth-support';
import { DevicesSection } from '../devices/devices-section';
import { useLivePublishing } from '@/lib/live/use-live-publishing';
import { useAthleteId } from '@/lib/store/current-athlete';
import { useProfile } from '@/lib/store/use-profile';
import { RecoveryPrompt } from './recovery-prompt';
import { LinkAnnouncer } from './link-announcer';
import { RecordingView } from './recording-view';
import { RecordSetup } from './record-setup';
import { SessionResult } from './session-result';
import { ShortcutHelp } from './shortcut-help';
import { useRecordActions } from './use-record-actions';
import { useTodaysWorkouts } from './use-todays-workouts';
import {
  useDevices,
  useLiveNumbers,
  useRecordSession,
  useSessionPhase,
} from './use-record-session';

/** The page's heading; its introduction only before recording, when there is time to read. */
function RecordHeading({ recording }: { recording: boolean }) {
  return recording ? (
    <h1 className="sr-only">Record</h1>
  ) : (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">Record</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-300">
        Pair your rowing monitor, treadmill, footpod or heart-rate strap and go. The session is
        saved on this device as you go, so a dropped link or a closed tab loses almost nothing.
      </p>
    </>
  );
}

/** Before the session is ready: the heading is in the page as served, painted before any script. */
function RecordLoading() {
  return (
    <div className="space-y-6">
      <RecordHeading recording={false} />
      <p className="text-slate-600 dark:text-slate-300">Getting ready…</p>
    </div>
  );
}

/** Everything the screen reads: the session and its phase, devices, live numbers, the athlete. */
function useRecordScreen() {
  const session = useRecordSession();
  const phase = useSessionPhase(session);
  const devices = useDevices(session);
  const live = useLiveNumbers(session);
  const athleteId = useAthleteId();
  const { profile } = useProfile();
  const workouts = useTodaysWorkouts();
  const actions = useRecordActions(session, athleteId, profile, workouts);
  useLivePublishing(session, phase, actions?.saved?.id ?? null, profile);
  return { session, phase, devices, live, profile, workouts, actions };
}

/**
 * Record: pair devices and start; while recording, the recording view fills the screen and the
 * rest (devices, what the monitor was sent) waits below it; after, the result.
 */
export function RecordScreen() {
  const { session, phase, devices, live, profile, workouts, actions } = useRecordScreen();
  const [speak, setSpeak] = useState(false);
  const [letGo, setLetGo] = useState(false);
  // Drawn once Bluetooth's answer is in, so the Start section below the pairing row stays put.
  const bluetoothKnown = useBluetoothSupportSettled();
  if (!session || !actions || !bluetoothKnown) return <RecordLoading />;
  const recorder = session.recorder;
  const recording = phase === 'recording' && live !== null && recorder !== null;
  const { saved, problem, busy } = actions;
  const discard = () => {
    setLetGo(true);
    void session.discard().then(() => session.dispose());
  };

  return (
    <div className="space-y-6">
      <RecordHeading recording={recording} />
      {!recording && (
        <RecoveryPrompt
          // The session being recorded is not "left behind"; once finished, an unsaved one is.
          sessions={actions.unfinished.filter(
            (m) => phase !== 'recording' || m.id !== recorder?.id,
          )}
          busy={busy}
          canResume={phase === 'setup' && devices.length > 0}
          onResume={actions.resume}
          onRecover={actions.recover}
          onDiscard={actions.discard}
        />
      )}
      {!recording && <LinkAnnouncer devices={devices} manager={session.manager} />}
      {problem && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
      {(saved || phase === 'finished') && (
        <SessionResult saved={saved} saving={busy} letGo={letGo} units={profile.units} />
      )}
      {recording && (
        <RecordingView
          session={session}
          recorder={recorder}
          live={live}
          devices={devices}
          units={profile.units}
          speak={speak}
          busy={busy}
          onFinish={actions.finish}
          onDiscard={discard}
        />
      )}
      <DevicesSection
        session={session}
        devices={devices}
        pairing={phase === 'setup'}
        onProblem={actions.setProblem}
      />
      {recording && <ShortcutHelp />}
      {phase === 'setup' && (
        <RecordSetup
          suggestedSport={session.suggestedSport()}
          deviceCount={devices.length}
          workouts={workouts}
          speak={speak}
          onSpeak={setSpeak}
          busy={busy}
          units={profile.units}
          onStart={actions.start}
          onSaveManual={actions.saveManual}
        />
      )}
    </div>
  );
}
