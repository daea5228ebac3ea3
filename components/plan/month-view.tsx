'use client';

import { formatDay } from '@/lib/format/dates';
import { monthWeeks, weekdayOrder } from '@/lib/plans/calendar';
import { minutesText } from '@/lib/plans/minutes-text';
import { weekTotals } from '@/lib/plans/week-totals';
import { UnreadBadge } from '@/components/comments/unread-badge';
import { usePlanTogether } from '@/components/presence/plan-together';
import type { CalendarParts } from './calendar-parts';
import { weekTitle } from './week-summary';
import { WorkoutChip } from './workout-chip';

const WEEKDAY_NAMES: Record<string, [string, string]> = {
  mon: ['Mon', 'Monday'],
  tue: ['Tue', 'Tuesday'],
  wed: ['Wed', 'Wednesday'],
  thu: ['Thu', 'Thursday'],
  fri: ['Fri', 'Friday'],
  sat: ['Sat', 'Saturday'],
  sun: ['Sun', 'Sunday'],
};

/** One day of the month: its number (which opens its week) and its workouts. */
function MonthCell({
  date,
  month,
  parts,
  showWeek,
}: {
  date: string;
  month: string;
  parts: CalendarParts;
  showWeek: (date: string) => void;
}) {
  const { plan, today, units, drag } = parts;
  const workouts = plan.workouts.filter((w) => w.date === date);
  return (
    <div
      role="cell"
      data-drop-date={date}
      aria-current={date === today ? 'date' : undefined}
      className={`min-h-16 min-w-0 overflow-hidden rounded border p-0.5 ${date === today ? 'border-brand border-2' : 'border-slate-200 dark:border-slate-800'} ${date.startsWith(month) ? '' : 'opacity-50'} ${drag.overDate === date ? 'bg-brand/10' : ''}`}
    >
      <button
        type="button"
        onClick={() => showWeek(date)}
        aria-label={`Show the week of ${formatDay(date, { weekday: 'long' })}`}
        className="block min-h-11 w-full px-1 text-left align-top text-xs tabular-nums text-slate-600 hover:underline md:pointer-fine:min-h-0 dark:text-slate-300"
      >
        {Number(date.slice(8, 10))}
      </button>
      <div className="grid gap-0.5">
        {workouts.map((w) => (
          <WorkoutChip
            key={w.id}
            workout={w}
            units={units}
            compact
            dragging={drag.dragging === w.id}
            on={parts.chip}
          />
        ))}
      </div>
    </div>
  );
}

/**
 * A month as whole weeks in a grid, weekday names on top, each week's planned and done totals at
 * its end (below it on a phone). A day's number opens that week.
 */
export function MonthView({
  month,
  parts,
  showWeek,
}: {
  month: string;
  parts: CalendarParts;
  showWeek: (date: string) => void;
}) {
  const { plan, today } = parts;
  const together = usePlanTogether();
  // Unread comments of a whole week, beside its totals: seen at a glance across the month.
  const unreadIn = (dates: string[]) =>
    plan.workouts
      .filter((w) => dates.includes(w.date))
      .reduce((sum, w) => sum + (together?.unreadOn(w.id) ?? 0), 0);
  return (
    <div role="table" aria-label={`Month of ${formatDay(`${month}-01`)}`} className="text-sm">
      <div
        role="row"
        className="grid grid-cols-7 gap-1 md:grid-cols-[repeat(7,minmax(0,1fr))_7rem]"
      >
        {weekdayOrder(parts.firstDay).map((d) => (
          <div
            role="columnheader"
            key={d}
            aria-label={WEEKDAY_NAMES[d]![1]}
            className="px-1 font-medium"
          >
            {WEEKDAY_NAMES[d]![0]}
          </div>
        ))}
        <div role="columnheader" className="hidden px-1 font-medium md:block">
          Week
        </div>
      </div>
      {monthWeeks(`${month}-01`, parts.firstDay).map((dates) => {
        const totals = weekTotals(plan.workouts, parts.done, plan.meta.sport, dates[0]!, today);
        const totalText = `${minutesText(totals.plannedMin)} planned${totals.compliance ? `, ${minutesText(totals.doneMin)} done` : ''}`;
        return (
          <div
            role="row"
            key={dates[0]}
            aria-label={weekTitle(plan.weeks, dates[0]!)}
            className="mt-1 grid grid-cols-7 gap-1 md:grid-cols-[repeat(7,minmax(0,1fr))_7rem]"
          >
            {dates.map((date) => (
              <MonthCell key={date} date={date} month={month} parts={parts} showWeek={showWeek} />
            ))}
            <div
              role="cell"
              className="col-span-7 px-1 text-xs text-slate-600 tabular-nums md:col-span-1 md:self-center dark:text-slate-300"
            >
              {totalText} <UnreadBadge count={unreadIn(dates)} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
