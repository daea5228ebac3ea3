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
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The time zone of the machine or device running this code. */
export function systemTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
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

/** The calendar date the instant `iso` falls on in `timeZone` (default: this system's zone). */
export function localDate(iso: string, timeZone: string = systemTimeZone()): string {
  const parts = formatterFor(timeZone).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
