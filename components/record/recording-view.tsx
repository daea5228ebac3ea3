'use client';

import { useEffect, useRef } from 'react';
import type { ManagedDevice } from '@/lib/devices/manager/device-manager';
import type { RecordSession } from '@/lib/devices/recorder/record-session';
import type { LiveNumbers } from '@/lib/devices/recorder/live-numbers';
import type { Recorder } from '@/lib/devices/recorder/recorder';
import type { Units } from '@/lib/store/profile-schema';
import { Button } from '../ui/button';
import { DiscardControl } from './discard-control';
import { GuidancePanel } from './guidance-panel';
import { LinkAnnouncer } from './link-announcer';
import { LiveNumbersPanel } from './live-numbers';
import { SHORTCUT_KEYS, type RecordShortcut } from './record-shortcuts';
import { RecordingControls } from './recording-controls';
import { RecordingStatus } from './recording-status';
import { useFullScreen } from './use-full-screen';
import { useRecordShortcuts } from './use-record-shortcuts';
import { useWakeLock } from './use-wake-lock';

type Props = {
  session: RecordSession;
  recorder: Recorder;
  live: LiveNumbers;
  devices: ManagedDevice[];
  units: Units;
  speak: boolean;
  busy: boolean;
  onFinish: () => void;
  onDiscard: () => void;
};

/*
 * One grid, placed by orientation. Portrait: status and tools, news of the links, the step, the
 * numbers, the controls along the bottom. Landscape: status and tools along the top, then the
 * news, then the numbers, the step and a rail of controls side by side. In the page it fills the
 * window above the phone's tab bar; in full screen it covers the window.
 */
const GRID =
  'grid gap-2 ' +
  "portrait:grid-cols-[minmax(0,1fr)_auto] portrait:grid-rows-[auto_auto_auto_minmax(0,1fr)_auto] portrait:[grid-template-areas:'status_tools'_'news_news'_'guide_guide'_'numbers_numbers'_'controls_controls'] " +
  'landscape:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_8.5rem] landscape:grid-rows-[auto_auto_minmax(0,1fr)]';
const LANDSCAPE_GUIDED =
  "landscape:[grid-template-areas:'status_tools_tools'_'news_news_news'_'numbers_guide_controls']";
const LANDSCAPE_OPEN =
  "landscape:[grid-template-areas:'status_tools_tools'_'news_news_news'_'numbers_numbers_controls']";
const IN_PAGE =
  'py-2 h-[calc(100dvh-5.5rem-env(safe-area-inset-bottom))] md:h-dvh md:max-h-[52rem]';
const FULL =
  'fixed inset-0 z-50 h-dvh bg-slate-50 p-[max(0.5rem,env(safe-area-inset-top))_max(0.5rem,env(safe-area-inset-right))_max(0.5rem,env(safe-area-inset-bottom))_max(0.5rem,env(safe-area-inset-left))] dark:bg-slate-950';

/** While recording: the numbers, the step being followed and the controls, filling the screen. */
export function RecordingView(props: Props) {
  const { session, recorder, live, units, busy } = props;
  const full = useFullScreen();
  const panel = useRef<HTMLElement>(null);
  const pauseButton = useRef<HTMLButtonElement>(null);
  const paused = live.state === 'paused';
  useWakeLock(live.state !== 'finished');

  useEffect(() => {
    // The recording takes the window: bring it to the top and put focus on Pause.
    panel.current?.scrollIntoView({ block: 'start' });
    pauseButton.current?.focus({ preventScroll: true });
  }, []);

  const pauseOrResume = () => (paused ? recorder.resume() : recorder.pause());
  useRecordShortcuts((shortcut: RecordShortcut) => {
    if (shortcut === 'pause-or-resume') pauseOrResume();
    else if (shortcut === 'lap') recorder.lap();
    else if (shortcut === 'full-screen') (full.on ? full.exit : full.enter)();
    else if (full.on) full.exit();
  });

  return (
    <section
      ref={panel}
      aria-label="Recording"
      data-full-screen={full.on}
      className={`${GRID} ${session.guidance ? LANDSCAPE_GUIDED : LANDSCAPE_OPEN} ${full.on ? FULL : IN_PAGE}`}
    >
      <RecordingStatus live={live} />
      <div className="[grid-area:news]">
        <LinkAnnouncer devices={props.devices} manager={session.manager} />
      </div>
      <div className="flex items-start justify-end gap-2 [grid-area:tools]">
        <Button
          variant="secondary"
          size="touch"
          aria-keyshortcuts={SHORTCUT_KEYS['full-screen']}
          onClick={full.on ? full.exit : full.enter}
        >
          {full.on ? 'Exit full screen' : 'Full screen'}
        </Button>
        <DiscardControl disabled={busy} onDiscard={props.onDiscard} />
      </div>
      {session.guidance && (
        <div className="min-h-0 overflow-y-auto [grid-area:guide]">
          <GuidancePanel
            guidance={session.guidance}
            speak={props.speak}
            units={units}
            sport={recorder.sport}
          />
        </div>
      )}
      <div className="min-h-0 [grid-area:numbers]">
        <LiveNumbersPanel
          live={live}
          sport={recorder.sport}
          units={units}
          guided={session.guidance !== null}
        />
      </div>
      <RecordingControls
        paused={paused}
        busy={busy}
        pauseRef={pauseButton}
        onPauseOrResume={pauseOrResume}
        onLap={() => recorder.lap()}
        onFinish={props.onFinish}
      />
    </section>
  );
}
