import {
  addDays,
  daysBetween,
  WEEKDAYS,
  weekdayOf,
  type Weekday,
} from '@/engine/plan/calendar-date';
import type { PlanWeek } from '@/lib/store/workout-schema';

/**
 * The plan's calendar: weeks that start on the athlete's first weekday (Monday unless they chose
 * otherwise), months laid out as whole weeks. Dates are calendar days (YYYY-MM-DD), no zone.
 */
export type { Weekday };

/** The weekdays in the order a week shows them, starting on `first`. */
export function weekdayOrder(first: Weekday): Weekday[] {
  const at = WEEKDAYS.indexOf(first);
  return [...WEEKDAYS.slice(at), ...WEEKDAYS.slice(0, at)];
}

/** The first day of the week holding `date`. */
export function weekStartOf(date: string, first: Weekday): string {
  const back = (WEEKDAYS.indexOf(weekdayOf(date)) - WEEKDAYS.indexOf(first) + 7) % 7;
  return addDays(date, -back);
}

export function weekDates(start: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** The weeks from the one holding `from` to the one holding `to`, by their first days. */
export function weekStartsBetween(from: string, to: string, first: Weekday): string[] {
  const starts: string[] = [];
  const last = weekStartOf(to, first);
  for (let s = weekStartOf(from, first); s <= last; s = addDays(s, 7)) starts.push(s);
  return starts;
}

/** The first day of the month after the one starting on `monthStart` (no month has 31+ days). */
const nextMonthStart = (monthStart: string) => `${addDays(monthStart, 31).slice(0, 7)}-01`;

/** The month of `date` (YYYY-MM) as whole weeks, each a row of seven dates. */
export function monthWeeks(date: string, first: Weekday): string[][] {
  const monthStart = `${date.slice(0, 7)}-01`;
  return weekStartsBetween(monthStart, addDays(nextMonthStart(monthStart), -1), first).map(
    weekDates,
  );
}

/** The same day of the month `months` away (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  const first = `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
  const length = daysBetween(first, nextMonthStart(first));
  return addDays(first, Math.min(Number(date.slice(8, 10)), length) - 1);
}

/** Items grouped by the week their date falls in; weeks in date order. */
export function groupByWeek<T extends { date: string }>(
  items: readonly T[],
  first: Weekday,
): Map<string, T[]> {
  const weeks = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.date.localeCompare(b.date))) {
    const start = weekStartOf(item.date, first);
    weeks.set(start, [...(weeks.get(start) ?? []), item]);
  }
  return weeks;
}

/**
 * The plan week (the generator's 7-day blocks from the plan's start) that holds most of a
 * calendar week: its phase names the calendar week, and its number counts the plan's weeks.
 */
export function planWeekFor(
  weeks: readonly PlanWeek[],
  calendarWeekStart: string,
): { index: number; week: PlanWeek } | null {
  const middle = addDays(calendarWeekStart, 3);
  let found: { index: number; week: PlanWeek } | null = null;
  weeks.forEach((week, index) => {
    if (week.start <= middle && middle <= addDays(week.start, 6)) found = { index, week };
  });
  return found;
}
