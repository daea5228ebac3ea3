'use client';

import type { RecordingMeta } from '@/lib/devices/recorder/journal-format';
import { Button } from '../ui/button';
import { DiscardControl } from './discard-control';

type Props = {
  sessions: RecordingMeta[];
  busy: boolean;
  /** Resuming needs devices to record from, paired on this visit. */
  canResume: boolean;
  onResume: (id: string) => void;
  onRecover: (id: string) => void;
  onDiscard: (id: string) => void;
};

const timeOf = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Offered after a crash or reload: the unfinished session is safe, and can be carried on (the
 * time away becomes a gap), saved as it is, or let go.
 */
export function RecoveryPrompt({
  sessions,
  busy,
  canResume,
  onResume,
  onRecover,
  onDiscard,
}: Props) {
  if (sessions.length === 0) return null;
  return (
    <section
      aria-labelledby="recovery-title"
      className="rounded-xl border border-sky-300 bg-sky-50 p-4 dark:border-sky-800 dark:bg-sky-950"
    >
      <h2 id="recovery-title" className="text-lg font-semibold">
        A session did not finish
      </h2>
      <p className="mt-1">
        Everything recorded up to the last few seconds was kept on this device. Carry on recording
        where you left off, save it as an activity, or let it go.
      </p>
      {!canResume && (
        <p className="mt-1 text-sm" id="resume-hint">
          To carry on recording, pair your devices (or the demo devices) below first.
        </p>
      )}
      <ul className="mt-3 space-y-2">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-2">
            <span>
              {s.sport === 'rowing' ? 'Rowing' : 'Running'} session started {timeOf(s.startedAt)}
            </span>
            <Button
              size="touch"
              disabled={busy || !canResume}
              aria-describedby={canResume ? undefined : 'resume-hint'}
              onClick={() => onResume(s.id)}
            >
              Resume recording
            </Button>
            <Button
              variant="secondary"
              size="touch"
              disabled={busy}
              onClick={() => onRecover(s.id)}
            >
              Save recovered session
            </Button>
            <DiscardControl
              disabled={busy}
              onDiscard={() => onDiscard(s.id)}
              label="Discard it…"
              question="Discard this unfinished session?"
              keepLabel="Keep it"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
