/**
 * Every date the athlete reads, in one style: the weekday first (training weeks are lived by
 * weekday), the month as a word (no 12/1 vs 1/12 confusion), in the browser's language. Calendar
 * days (YYYY-MM-DD) are shown as the day they name, whatever the device's zone; instants (ISO
 * times) are shown on the device's clock, with the time of day.
 */

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(withYear: boolean, weekday: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${withYear}-${weekday}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      weekday,
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    dayFormats.set(key, format);
  }
  return format;
}

function utcNoon(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/**
 * "Tue, Dec 1" (en-US) or "Tue 1 Dec" (en-GB); the year is added when it is not `thisYear`.
 * A string that is not a calendar date is shown as it is.
 */
export function formatDay(
  date: string,
  {
    thisYear = new Date().getFullYear(),
    weekday = 'short',
  }: { thisYear?: number; weekday?: 'short' | 'long' } = {},
): string {
  const when = utcNoon(date);
  if (Number.isNaN(when.getTime())) return date;
  return dayFormat(when.getUTCFullYear() !== thisYear, weekday).format(when);
}

const timeFormat = new Map<string, Intl.DateTimeFormat>();

/** "Tue, Dec 1, 2026, 7:42 AM" in the device's language, on the device's clock. */
export function formatStartTime(iso: string, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = timeFormat.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      ...(timeZone ? { timeZone } : {}),
    });
    timeFormat.set(key, format);
  }
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? iso : format.format(when);
}
