'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { stepStartText } from '@/engine/guidance/cue-text';
import type { LiveGuidance } from '@/lib/devices/guidance/live-guidance';

type Props = { guidance: LiveGuidance; speak: boolean };

/** Says a cue aloud and buzzes, where the browser can; the screen shows it either way. */
function announce(text: string, speak: boolean): void {
  if (speak && 'speechSynthesis' in window) {
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  }
  if (speak && typeof navigator.vibrate === 'function') navigator.vibrate(200);
}

/** The step being followed and the latest cue, announced politely to screen readers. */
export function GuidancePanel({ guidance, speak }: Props) {
  const view = useSyncExternalStore(guidance.subscribe, guidance.snapshot, guidance.snapshot);
  useEffect(() => guidance.onCue((text) => announce(text, speak)), [guidance, speak]);
  return (
    <section
      aria-label="Workout guidance"
      className="rounded-xl border border-brand/40 bg-white p-4 dark:bg-slate-900"
    >
      <p className="text-sm text-slate-500 dark:text-slate-400">
        {view.finished
          ? 'Workout complete'
          : `Step ${view.stepIndex + 1} of ${view.stepCount}${view.step ? `: ${stepStartText(view.step)}` : ''}`}
      </p>
      <p aria-live="polite" className="mt-1 text-2xl font-semibold" data-testid="guidance-cue">
        {view.finished ? 'All done — lovely work.' : (view.lastCue ?? '')}
      </p>
    </section>
  );
}
