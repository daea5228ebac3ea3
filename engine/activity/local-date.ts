/**
 * Calendar dates (YYYY-MM-DD) of instants in an IANA time zone: an athlete's training day is the
 * day on their own calendar, not in UTC. The zone rules come from the platform's `Intl` data
 * (ECMA-402 `Intl.DateTimeFormat` with `timeZone`), never from our own offset arithmetic.
 */

// Making a DateTimeFormat costs far more than using one; keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function partsOf(iso: string, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(new Date(iso));
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
}

/**
 * The platform's name for `name` when it is a time zone it knows (`Intl.DateTimeFormat` throws a
 * RangeError for one it does not), else null.
 */
export function knownTimeZone(name: string): string | null {
  try {
    return formatterFor(name).resolvedOptions().timeZone;
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * The calendar date the instant `iso` falls on in `timeZone`. The zone is always passed in: the
 * engine never reads the machine's clock or zone (the CLI and the app do, at their edges).
 */
export function localDate(iso: string, timeZone: string): string {
  const part = partsOf(iso, timeZone);
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** The hour of the day (0–23) the instant `iso` falls in on the clock of `timeZone`. */
export function localHour(iso: string, timeZone: string): number {
  return Number(partsOf(iso, timeZone)('hour'));
}
