import { UsageError } from './io.ts';

/**
 * Calendar dates (YYYY-MM-DD) of instants in an IANA time zone: the athlete's day. The zone rules
 * come from the platform's `Intl` data, never from our own arithmetic.
 */

/** This machine's zone, the default when the athlete does not name one. */
export function machineTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

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

/**
 * The zone named by `--tz`, checked by asking `Intl.DateTimeFormat` to use it (it throws a
 * RangeError for a name it does not know); the machine's zone when none is given.
 */
export function timeZoneFromFlag(value: string | undefined): string {
  if (value === undefined) return machineTimeZone();
  try {
    return formatterFor(value).resolvedOptions().timeZone;
  } catch (error) {
    if (error instanceof RangeError) {
      throw new UsageError(
        `--tz "${value}" is not a time zone this system knows; use an IANA name like Europe/Paris or America/New_York.`,
      );
    }
    throw error;
  }
}

/** The calendar date of `iso` in `timeZone` (default: this machine's zone). */
export function localDate(iso: string, timeZone: string = machineTimeZone()): string {
  const parts = formatterFor(timeZone).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
