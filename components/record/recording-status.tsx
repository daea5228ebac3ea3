'use client';

import type { LiveNumbers } from '@/lib/devices/recorder/live-numbers';

/** How the recording is being kept, in words: no chunks, no jargon. */
export function saveStateText(live: Pick<LiveNumbers, 'chunksWritten' | 'journalError'>): string {
  if (live.journalError) return `${live.journalError} Recording goes on; Splits keeps trying.`;
  return live.chunksWritten > 0 ? 'Saved on this device as you go' : 'Saving on this device…';
}

/** Recording or paused, and how it is being kept. */
export function RecordingStatus({ live }: { live: LiveNumbers }) {
  const paused = live.state === 'paused';
  return (
    <div className="min-w-0 space-y-1 text-sm [grid-area:status]">
      <p className="flex flex-wrap items-center gap-x-2">
        <span className="inline-flex items-center gap-1.5 font-semibold">
          <span
            aria-hidden="true"
            className={`h-3 w-3 rounded-full ${paused ? 'bg-amber-500' : 'animate-pulse bg-red-600'}`}
          />
          {paused ? 'Paused' : 'Recording'}
        </span>
        <span
          data-testid="save-state"
          role={live.journalError ? 'alert' : undefined}
          className="text-slate-600 dark:text-slate-300"
        >
          {saveStateText(live)}
        </span>
      </p>
      {paused && <p>Take your time; resume when you are ready.</p>}
    </div>
  );
}
