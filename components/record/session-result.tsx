'use client';

import { useEffect, useRef } from 'react';
import type { SavedRecording } from '@/lib/devices/finish/finish-session';
import type { Units } from '@/lib/store/profile-schema';
import { SavedNotice } from './saved-notice';

type Props = {
  saved: SavedRecording | null;
  /** Still saving the finished session. */
  saving: boolean;
  /** The athlete chose to discard it. */
  letGo: boolean;
  units: Units;
};

/**
 * How the session ended — saved, with what was saved, or let go — and the way to the next one.
 * It takes focus when it appears, so after Finish or Discard the athlete (and a screen reader)
 * lands on the result rather than at the top of the page.
 */
export function SessionResult({ saved, saving, letGo, units }: Props) {
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    region.current?.focus();
  }, []);
  return (
    <section
      ref={region}
      tabIndex={-1}
      aria-label="Session result"
      className="space-y-3 rounded-xl outline-offset-4"
    >
      {saved && <SavedNotice saved={saved} units={units} />}
      {saving && !saved && <p role="status">Saving your session…</p>}
      {(saved || letGo) && (
        <p>
          {saved ? 'Ready for the next one whenever you are: ' : 'That session was let go. '}
          <a className="text-link underline" href="/record/">
            start another session
          </a>
          .
        </p>
      )}
    </section>
  );
}
