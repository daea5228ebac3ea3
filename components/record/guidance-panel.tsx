'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { stepStartText } from '@/engine/guidance/cue-text';
import type { StepView, TargetView } from '@/lib/devices/guidance/step-view';
import type { LiveGuidance } from '@/lib/devices/guidance/live-guidance';
import type { RecordingSport } from '@/lib/devices/recorder/journal-format';
import type { Units } from '@/lib/store/profile-schema';
import { judgement, leftText, mainTargetIndex, targetText, type Judgement } from './step-text';

type Props = { guidance: LiveGuidance; speak: boolean; units: Units; sport: RecordingSport };

/** Says a cue aloud and buzzes, where the browser can; the screen shows the step either way. */
function announce(text: string, speak: boolean): void {
  if (speak && 'speechSynthesis' in window) {
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  }
  if (speak && typeof navigator.vibrate === 'function') navigator.vibrate(200);
}

const toneClass: Record<Judgement['tone'], string> = {
  on: 'bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50',
  fine: 'bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50',
  off: 'bg-amber-200 text-amber-950 dark:bg-amber-800 dark:text-amber-50',
  unknown: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};
const toneMark: Record<Judgement['tone'], string> = { on: '✓', fine: '✓', off: '!', unknown: '…' };

/** A verdict in words, with a colour and a mark beside them (never colour alone). */
function Verdict({
  verdict,
  long,
  testId,
}: {
  verdict: Judgement;
  long: boolean;
  testId?: string;
}) {
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-sm font-medium whitespace-nowrap ${toneClass[verdict.tone]}`}
      data-testid={testId}
      data-tone={verdict.tone}
    >
      <span aria-hidden="true">{toneMark[verdict.tone]} </span>
      {long ? verdict.words : verdict.short}
    </span>
  );
}

/** The target the athlete paces by, big, with its unit beside the label. */
function MainTarget({ view, units }: { view: TargetView; units: Units }) {
  const text = targetText(view.target, units);
  return (
    <div data-testid="step-target">
      <p className="text-sm">
        {text.label}{' '}
        {text.unit && <span className="text-slate-600 dark:text-slate-300">{text.unit}</span>}
      </p>
      <p className="text-3xl leading-tight font-semibold tabular-nums">{text.value}</p>
    </div>
  );
}

/** Short names for the chips of the step's other targets. */
const CHIP_LABEL: Record<TargetView['target']['kind'], string> = {
  heartRateZone: 'HR',
  pace: 'Pace',
  split: 'Split',
  power: 'Power',
  strokeRate: 'Rate',
};

/** How the main target is going in full words, then the other targets as chips. */
function Verdicts({
  main,
  others,
  units,
}: {
  main: TargetView | null;
  others: TargetView[];
  units: Units;
}) {
  return (
    <ul aria-label="On target?" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      {main && (
        <li>
          <Verdict verdict={judgement(main)} long testId="step-status" />
        </li>
      )}
      {others.map((view) => {
        const text = targetText(view.target, units);
        const zone = view.target.kind === 'heartRateZone' ? ` zone ${view.target.zone}` : '';
        const value = view.target.kind === 'heartRateZone' && text.unit === '' ? '' : text.value;
        return (
          <li key={view.target.kind} className="flex items-center gap-1 whitespace-nowrap">
            {CHIP_LABEL[view.target.kind]}
            {zone} <span className="tabular-nums">{value}</span> {text.unit}
            <Verdict verdict={judgement(view)} long={false} />
          </li>
        );
      })}
    </ul>
  );
}

/** The next step in a line: what it is and the target it leads with. */
function nextText(next: StepView['next'], units: Units): string {
  if (!next) return 'Last step';
  const main = next.targets[mainTargetIndex(next.targets.map((target) => ({ target })))];
  const target = main ? targetText(main, units) : null;
  const lead = target ? ` · ${target.label.toLowerCase()} ${target.value} ${target.unit}` : '';
  // The next step's note waits until it starts: here its kind, length and lead target are enough.
  return `Next: ${stepStartText({ ...next, note: null })}${lead}`.trim();
}

/** The step being followed, big: the countdown, its target, whether on target, what comes next. */
export function GuidancePanel({ guidance, speak, units, sport }: Props) {
  const view = useSyncExternalStore(guidance.subscribe, guidance.snapshot, guidance.snapshot);
  useEffect(() => guidance.onCue((text) => announce(text, speak)), [guidance, speak]);
  const now = view.current;
  const mainIndex = now ? mainTargetIndex(now.targets) : -1;
  const left = now ? leftText(now.left, units, sport) : null;
  return (
    <section
      aria-label="Workout guidance"
      className="flex flex-col gap-2 rounded-xl border border-brand/40 bg-white p-3 dark:bg-slate-900"
    >
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {now
          ? `Step ${view.stepIndex + 1} of ${view.stepCount}: ${stepStartText(now.step)}`
          : 'Workout complete — lovely work. Row or run on as you like, and finish when ready.'}
      </p>
      {now && left && (
        <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
          <p className="flex items-baseline gap-2">
            <span
              className="text-[clamp(2.5rem,9vmin,4.5rem)] leading-none font-semibold tabular-nums"
              data-testid="step-left"
            >
              {left.value}
            </span>
            <span className="text-base">{left.unit}</span>
          </p>
          {mainIndex >= 0 && <MainTarget view={now.targets[mainIndex]!} units={units} />}
        </div>
      )}
      {now && (
        <Verdicts
          main={now.targets[mainIndex] ?? null}
          others={now.targets.filter((_, i) => i !== mainIndex)}
          units={units}
        />
      )}
      {now && (
        <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="step-next">
          {nextText(now.next, units)}
        </p>
      )}
      {/* The spoken cue, for screen readers too; what it says is on screen above. */}
      <p aria-live="polite" className="sr-only" data-testid="guidance-cue">
        {view.finished ? 'All done — lovely work.' : (view.lastCue ?? '')}
      </p>
    </section>
  );
}
