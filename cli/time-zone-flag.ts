import { knownTimeZone } from '../engine/activity/local-date.ts';
import { systemTimeZone } from './system-time-zone.ts';
import { UsageError } from './io.ts';

/** The zone named by `--tz`, checked against the platform's zone data; this machine's when none. */
export function timeZoneFromFlag(value: string | undefined): string {
  if (value === undefined) return systemTimeZone();
  const timeZone = knownTimeZone(value);
  if (timeZone === null) {
    throw new UsageError(
      `--tz "${value}" is not a time zone this system knows; use an IANA name like Europe/Paris or America/New_York.`,
    );
  }
  return timeZone;
}
