'use client';

import { useState } from 'react';
import { DeviceList } from '../devices/device-list';
import { PairDevices } from '../devices/pair-devices';
import { useAthleteId } from '@/lib/store/current-athlete';
import { useProfile } from '@/lib/store/use-profile';
import { RecoveryPrompt } from './recovery-prompt';
import { LinkAnnouncer } from './link-announcer';
import { SavedNotice } from './saved-notice';
import { RecordingPanel } from './recording-panel';
import { RecordSetup } from './record-setup';
import { useRecordActions } from './use-record-actions';
import { useTodaysWorkouts } from './use-todays-workouts';
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
  const workouts = useTodaysWorkouts();
  const [speak, setSpeak] = useState(false);
  const actions = useRecordActions(session, athleteId, profile, workouts);

  if (!session || !actions) {
    return <p className="text-slate-600 dark:text-slate-300">Getting ready…</p>;
  }
  const recorder = session.recorder;
  const { saved, problem, busy } = actions;

  return (
    <div className="space-y-6">
      <RecoveryPrompt
        // The session being recorded is not "left behind"; once finished, an unsaved one is.
        sessions={actions.unfinished.filter((m) => phase !== 'recording' || m.id !== recorder?.id)}
        busy={busy}
        canResume={phase === 'setup' && devices.length > 0}
        onResume={actions.resume}
        onRecover={actions.recover}
        onDiscard={actions.discard}
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
          onFinish={actions.finish}
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
        {phase === 'setup' && <PairDevices session={session} onProblem={actions.setProblem} />}
      </section>
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
