'use client';

import { formatDay } from '@/lib/format/dates';
import { weekDates } from '@/lib/plans/calendar';
import { weekTotals } from '@/lib/plans/week-totals';
import type { CalendarParts } from './calendar-parts';
import { WeekSummary } from './week-summary';
import { WorkoutChip } from './workout-chip';

/** One week, a day to a row with its weekday: the phone's calendar, readable on a desktop too. */
export function WeekView({ start, parts }: { start: string; parts: CalendarParts }) {
  const { plan, today, units, drag } = parts;
  const totals = weekTotals(plan.workouts, parts.done, plan.meta.sport, start, today);
  const first = plan.weeks[0]?.start ?? plan.workouts[0]?.date ?? start;
  const last = plan.workouts.at(-1)?.date ?? start;
  const outside = (date: string) => date < first || date > last;
  return (
    <section aria-label={`Week of ${formatDay(start)}`}>
      <WeekSummary weeks={plan.weeks} start={start} totals={totals} />
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {weekDates(start).map((date) => {
          const workouts = plan.workouts.filter((w) => w.date === date);
          const isToday = date === today;
          return (
            <li
              key={date}
              data-drop-date={date}
              aria-current={isToday ? 'date' : undefined}
              className={`grid gap-2 p-2 md:grid-cols-[11rem_1fr] ${isToday ? 'bg-brand/5' : ''} ${drag.overDate === date ? 'outline-2 outline-brand' : ''}`}
            >
              <h4 className="flex items-baseline gap-2 text-sm font-medium">
                <span>{formatDay(date, { weekday: 'long' })}</span>
                {isToday ? (
                  <span className="rounded bg-brand px-1.5 py-0.5 text-xs text-white">Today</span>
                ) : null}
              </h4>
              {workouts.length > 0 ? (
                <div className="grid gap-2">
                  {workouts.map((w) => (
                    <WorkoutChip
                      key={w.id}
                      workout={w}
                      units={units}
                      compact={false}
                      dragging={drag.dragging === w.id}
                      on={parts.chip}
                    />
                  ))}
                </div>
              ) : (
                <p className="text-sm text-slate-500 dark:text-slate-400">
                  {outside(date) ? 'Not in the plan' : 'Rest'}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
