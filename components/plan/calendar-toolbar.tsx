'use client';

import { useRef, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';

export type CalendarView = 'week' | 'month';

const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "January 2027" in the browser's language, for the month holding a calendar day. */
export const monthLabel = (date: string): string =>
  monthFormat.format(new Date(`${date.slice(0, 7)}-01T12:00:00Z`));

const VIEWS = ['week', 'month'] as const;

/**
 * Week or month, as the ARIA radio group pattern: one Tab stop (the chosen view), arrow keys move
 * the choice and the focus together.
 */
function ViewSwitch({ view, onView }: { view: CalendarView; onView: (v: CalendarView) => void }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const keys = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const next = (VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length;
    onView(VIEWS[next]!);
    refs.current[next]?.focus();
  };
  return (
    <div
      role="radiogroup"
      aria-label="Calendar view"
      onKeyDown={keys}
      className="flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-700"
    >
      {VIEWS.map((v, i) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="radio"
          aria-checked={view === v}
          tabIndex={view === v ? 0 : -1}
          onClick={() => onView(v)}
          className={`min-h-11 rounded-md px-4 text-sm font-medium ${view === v ? 'bg-brand text-white' : ''}`}
        >
          {v === 'week' ? 'Week' : 'Month'}
        </button>
      ))}
    </div>
  );
}

/** Previous and next, back to today, and week or month. */
export function CalendarToolbar({
  view,
  label,
  onView,
  onStep,
  onToday,
}: {
  view: CalendarView;
  label: string | null;
  onView: (v: CalendarView) => void;
  onStep: (direction: 1 | -1) => void;
  onToday: () => void;
}) {
  const unit = view === 'week' ? 'week' : 'month';
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <div className="flex items-center gap-1">
        <Button
          variant="secondary"
          size="touch"
          onClick={() => onStep(-1)}
          aria-label={`Previous ${unit}`}
        >
          ‹
        </Button>
        <Button variant="secondary" size="touch" onClick={onToday}>
          Today
        </Button>
        <Button
          variant="secondary"
          size="touch"
          onClick={() => onStep(1)}
          aria-label={`Next ${unit}`}
        >
          ›
        </Button>
        {label ? (
          <p className="ml-2 font-medium" aria-live="polite" data-testid="calendar-label">
            {label}
          </p>
        ) : null}
      </div>
      <ViewSwitch view={view} onView={onView} />
    </div>
  );
}
