import { UsageError } from './io.ts';

export { formatClock } from '../engine/units/clock.ts';

/** Parses "SS", "M:SS(.s)" or "H:MM:SS(.s)" into seconds; a bad value is a usage error naming the flag. */
export function parseClock(text: string, flag: string): number {
  const parts = text.trim().split(':');
  const valid = parts.length <= 3 && parts.every((p) => /^\d+(\.\d+)?$/.test(p));
  if (!valid) throw new UsageError(`${flag} "${text}" is not a time like 1:50 or 1:31:05.`);
  const seconds = parts.reduce((total, part) => total * 60 + Number(part), 0);
  if (!(seconds > 0)) throw new UsageError(`${flag} must be longer than zero.`);
  return seconds;
}
