'use client';

import type { RecordSession } from '@/lib/devices/recorder/record-session';
import type { LiveNumbers } from '@/lib/devices/recorder/live-numbers';
import type { Recorder } from '@/lib/devices/recorder/recorder';
import { pm5OutcomeText } from '@/lib/devices/pm5/messages';
import { primaryButton, secondaryButton } from '../devices/button-classes';
import type { Units } from './format-live';
import { GuidancePanel } from './guidance-panel';
import { LiveNumbersPanel } from './live-numbers';
import { useWakeLock } from './use-wake-lock';

type Props = {
  session: RecordSession;
  recorder: Recorder;
  live: LiveNumbers;
  units: Units;
  speak: boolean;
  busy: boolean;
  onFinish: () => void;
};

/** While recording: the monitor's programme status, guidance, live numbers and the controls. */
export function RecordingPanel({ session, recorder, live, units, speak, busy, onFinish }: Props) {
  const program = session.pm5Program;
  useWakeLock(live.state !== 'finished');
  return (
    <>
      {program && (
        <p role="status" data-testid="pm5-program">
          {pm5OutcomeText(program)}
        </p>
      )}
      {session.guidance && <GuidancePanel guidance={session.guidance} speak={speak} />}
      <LiveNumbersPanel live={live} sport={recorder.sport} units={units} />
      <div className="flex flex-wrap gap-3" role="group" aria-label="Recording controls">
        {live.state === 'paused' ? (
          <button type="button" className={primaryButton} onClick={() => recorder.resume()}>
            Resume
          </button>
        ) : (
          <button type="button" className={secondaryButton} onClick={() => recorder.pause()}>
            Pause
          </button>
        )}
        <button type="button" className={secondaryButton} onClick={() => recorder.lap()}>
          Lap
        </button>
        <button type="button" className={primaryButton} disabled={busy} onClick={onFinish}>
          {busy ? 'Saving…' : 'Finish and save'}
        </button>
        <button
          type="button"
          className={secondaryButton}
          disabled={busy}
          onClick={() => {
            if (window.confirm('Discard this session? Nothing of it will be kept.')) {
              void session.discard().then(() => session.dispose());
            }
          }}
        >
          Discard
        </button>
      </div>
      {live.state === 'paused' && <p>Paused. Take your time; resume when you are ready.</p>}
      {live.journalError && <p role="alert">{live.journalError}</p>}
      <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="chunks-written">
        Kept safe on this device: {live.chunksWritten} chunk{live.chunksWritten === 1 ? '' : 's'}
      </p>
    </>
  );
}
