'use client';

import type { KeyboardEvent, PointerEvent } from 'react';
import { isHard } from '@/engine/workout/hard-sessions';
import { formatDay } from '@/lib/format/dates';
import { lockSetter } from '@/lib/plans/lock-words';
import { minutesText } from '@/lib/plans/minutes-text';
import type { Units } from '@/lib/store/profile-schema';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { ChipFrame, unreadWords, useUnreadOn } from './chip-frame';
import { usePlanReader } from './plan-reader';
import { mainSetText, TYPE_NAMES, workoutName } from './workout-text';

/** Colour by effort: calm for easy days, warm for hard ones (with the kind in words too). */
export function typeTone(type: StoredWorkout['type']): string {
  if (type === 'race') return 'border-l-rose-600';
  if (isHard(type)) return 'border-l-amber-500';
  if (type === 'long') return 'border-l-sky-600';
  return 'border-l-emerald-600';
}

const statusWords = (w: StoredWorkout) =>
  w.status === 'done' ? 'done' : w.status === 'skipped' ? 'skipped' : null;

/** What a screen reader says for a workout: kind, title, day, length, state. */
export function workoutLabel(w: StoredWorkout): string {
  return [
    `${workoutName(w)} (${TYPE_NAMES[w.type].toLowerCase()})`,
    formatDay(w.date, { weekday: 'long' }),
    minutesText(w.durationMin),
    statusWords(w),
    w.locked ? 'locked' : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The month grid's chip: on a phone only its colour and minutes fit a seventh of the screen
 * (the name is in its accessible name and its dialog); from a small tablet on, the name too.
 */
function CompactText({ workout: w, done }: { workout: StoredWorkout; done: boolean }) {
  return (
    <>
      <span className="hidden truncate font-medium sm:block">{workoutName(w)}</span>
      <span className="block text-center tabular-nums sm:hidden" aria-hidden="true">
        <span className="block font-medium">
          {Math.round(w.durationMin)}
          {done ? '✓' : ''}
        </span>
        <span className="block">min</span>
      </span>
      <span className="hidden truncate tabular-nums sm:block">
        {minutesText(w.durationMin)}
        {done ? ' ✓' : ''}
      </span>
    </>
  );
}

export type ChipHandlers = {
  open: (id: string) => void;
  /** Alt + ← / → moves the workout a day; it announces and can be undone like any move. */
  nudge: (w: StoredWorkout, days: number) => void;
  dragStart: (id: string, date: string, e: PointerEvent) => void;
  consumeClick: () => boolean;
};

/**
 * One workout on the calendar: its kind, length once and its main set with the target in the
 * athlete's units; done, skipped and locked said in words. `compact` is the month grid's form.
 */
export function WorkoutChip({
  workout: w,
  units,
  compact,
  dragging,
  on,
}: {
  workout: StoredWorkout;
  units: Units;
  compact: boolean;
  dragging: boolean;
  on: ChipHandlers;
}) {
  const keys = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    on.nudge(w, e.key === 'ArrowRight' ? 1 : -1);
  };
  const reader = usePlanReader();
  const unread = unreadWords(useUnreadOn(w.id));
  const state = statusWords(w);
  const set = compact ? '' : mainSetText(w, units);
  const button = (
    <button
      type="button"
      data-workout-id={w.id}
      aria-label={unread ? `${workoutLabel(w)}, ${unread}` : workoutLabel(w)}
      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
      onClick={() => {
        if (!on.consumeClick()) on.open(w.id);
      }}
      onKeyDown={keys}
      onPointerDown={(e) => on.dragStart(w.id, w.date, e)}
      onContextMenu={(e) => e.preventDefault()}
      className={`block w-full touch-manipulation rounded-md border border-l-4 border-slate-200 bg-white text-left select-none hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800 ${typeTone(w.type)} ${compact ? 'min-h-11 min-w-0 px-0.5 py-0.5 text-[11px] leading-tight sm:min-h-0 sm:px-1 sm:text-xs' : 'px-3 py-2'} ${dragging ? 'opacity-50' : ''} ${w.status === 'skipped' ? 'opacity-60' : ''}`}
    >
      {compact ? (
        <CompactText workout={w} done={state === 'done'} />
      ) : (
        <>
          <span className="flex flex-wrap items-baseline justify-between gap-x-2">
            <span className="font-medium">{workoutName(w)}</span>
            <span className="text-sm tabular-nums">{minutesText(w.durationMin)}</span>
          </span>
          {set ? (
            <span className="block text-sm text-slate-700 dark:text-slate-300">{set}</span>
          ) : null}
          {w.notes ? <span className="block truncate text-sm italic">{w.notes}</span> : null}
          {state || w.locked ? (
            <span className="mt-1 flex flex-wrap gap-1 text-xs">
              {state ? (
                <span className="rounded bg-slate-200 px-1.5 py-0.5 dark:bg-slate-700">
                  {state === 'done' ? '✓ Done' : 'Skipped'}
                </span>
              ) : null}
              {w.locked ? (
                <span className="rounded bg-slate-200 px-1.5 py-0.5 dark:bg-slate-700">
                  Locked: {lockSetter(w.lockedBy, reader)} set this
                </span>
              ) : null}
            </span>
          ) : null}
        </>
      )}
    </button>
  );
  return <ChipFrame workoutId={w.id}>{button}</ChipFrame>;
}
