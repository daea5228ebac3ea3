'use client';

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
      <div
        role="radiogroup"
        aria-label="Calendar view"
        className="flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-700"
      >
        {(['week', 'month'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={view === v}
            onClick={() => onView(v)}
            className={`min-h-11 rounded-md px-4 text-sm font-medium ${view === v ? 'bg-brand text-white' : ''}`}
          >
            {v === 'week' ? 'Week' : 'Month'}
          </button>
        ))}
      </div>
    </div>
  );
}
