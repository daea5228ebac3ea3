import { civilFromDays, daysFromCivil } from './civil-from-days.ts';

/**
 * Calendar dates as ISO strings (YYYY-MM-DD) and whole-day numbers (days since 1970-01-01): the one
 * calendar of the engine. Plans, journals and fitness series live on local calendar days, so there
 * is no time of day and no zone here. A string that is not a real date (2026-02-30, 2026-2-3) is
 * refused with a RangeError everywhere, never rolled into the next month.
 * Parsing and formatting use Hinnant's integer `days_from_civil` / `civil_from_days` (no Date
 * object), because plans, series and insights convert thousands of dates and the platform Date
 * dominated their cost.
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** 1970-01-01, day 0, was a Thursday: index 3 of WEEKDAYS. */
const EPOCH_WEEKDAY = 3;

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month]!;
}

/** Recently parsed dates: plans and insights parse the same few hundred dates thousands of times. */
const parsed = new Map<string, number | null>();
const PARSED_MAX = 4096;

function civilDay(text: string): number | null {
  const known = parsed.get(text);
  if (known !== undefined) return known;
  if (parsed.size >= PARSED_MAX) parsed.clear();
  const day = parseCivilDay(text);
  parsed.set(text, day);
  return day;
}

/** Days since 1970-01-01 of a valid Y-M-D, or null (Hinnant's days_from_civil, the inverse). */
function parseCivilDay(text: string): number | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

/** Days since 1970-01-01; throws a RangeError for text that is not a real calendar date. */
export function dayNumber(date: string): number {
  const day = civilDay(date);
  if (day !== null) return day;
  throw new RangeError(
    DATE_PATTERN.test(date)
      ? `"${date}" is not a real calendar date.`
      : `"${date}" is not a calendar date like 2026-03-01.`,
  );
}

export const isIsoDate = (text: string): boolean => civilDay(text) !== null;

const monthPrefix = (year: number, month: number) =>
  `${String(year).padStart(4, '0')}-${TWO_DIGITS[month]!}-`;

export function dateOfDayNumber(day: number): string {
  const civil = civilFromDays(day);
  return monthPrefix(civil.year, civil.month) + TWO_DIGITS[civil.day]!;
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(((dayNumber(date) + EPOCH_WEEKDAY) % 7) + 7) % 7]!;
}

/**
 * The dates of `count` consecutive days from `startDay`: converts the first day once, then steps
 * day → month → year like a desk calendar, so each further date is one string concatenation.
 */
export function consecutiveDates(startDay: number, count: number): string[] {
  const dates = new Array<string>(count);
  let { year, month, day } = civilFromDays(startDay);
  let prefix = monthPrefix(year, month);
  let monthLength = daysInMonth(year, month);
  for (let i = 0; i < count; i++) {
    dates[i] = prefix + TWO_DIGITS[day]!;
    day += 1;
    if (day > monthLength) {
      day = 1;
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
      prefix = monthPrefix(year, month);
      monthLength = daysInMonth(year, month);
    }
  }
  return dates;
}
