'use client';

import type { Ref } from 'react';
import { Button } from '../ui/button';
import { SHORTCUT_KEYS } from './record-shortcuts';

type Props = {
  paused: boolean;
  busy: boolean;
  /** Pause and Resume are one button, so focus stays on it as it changes. */
  pauseRef: Ref<HTMLButtonElement>;
  onPauseOrResume: () => void;
  onLap: () => void;
  onFinish: () => void;
};

/** Pause or Resume, Lap and Finish: big, spaced, in reach of a thumb. */
export function RecordingControls({
  paused,
  busy,
  pauseRef,
  onPauseOrResume,
  onLap,
  onFinish,
}: Props) {
  return (
    <div
      role="group"
      aria-label="Recording controls"
      className="grid grid-cols-[1fr_1fr_1.5fr] gap-3 [grid-area:controls] portrait:[&>button]:px-2 portrait:[&>button]:text-base landscape:grid-cols-1 landscape:content-end"
    >
      <Button
        ref={pauseRef}
        variant={paused ? 'primary' : 'secondary'}
        size="big"
        aria-keyshortcuts={SHORTCUT_KEYS['pause-or-resume']}
        onClick={onPauseOrResume}
      >
        {paused ? 'Resume' : 'Pause'}
      </Button>
      <Button variant="secondary" size="big" aria-keyshortcuts={SHORTCUT_KEYS.lap} onClick={onLap}>
        Lap
      </Button>
      <Button size="big" disabled={busy} onClick={onFinish}>
        {busy ? 'Saving…' : 'Finish and save'}
      </Button>
    </div>
  );
}
