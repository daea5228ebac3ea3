'use client';

import { useState } from 'react';

/**
 * A quiet note that a new version is ready. It sits in a polite live region, so a screen reader
 * mentions it once without interrupting; "Not now" hides it until the next visit. (A bare
 * `aria-live` rather than `role="status"`, so the app's own status badges stay the only ones.)
 */
export function UpdatePrompt({ visible, onReload }: { visible: boolean; onReload: () => void }) {
  const [dismissed, setDismissed] = useState(false);
  const shown = visible && !dismissed;
  return (
    <div aria-live="polite" className={shown ? 'pointer-events-auto' : 'sr-only'}>
      {shown && (
        <section
          aria-label="New version"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <p>A new version of Splits is ready.</p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={onReload}
              className="rounded-md bg-brand px-3 py-1.5 font-medium text-white hover:bg-brand-ink"
            >
              Reload
            </button>
            <button
              type="button"
              onClick={() => setDismissed(true)}
              className="rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              Not now
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
