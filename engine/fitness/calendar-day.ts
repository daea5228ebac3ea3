/**
 * Calendar days as "YYYY-MM-DD" strings and whole-day numbers (days since 1970-01-01), using the
 * platform's own UTC calendar arithmetic so there are no time-zone or daylight-saving slips.
 */
const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a calendar date like 2026-03-01.`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`"${date}" is not a real calendar date.`);
  }
  return ms / MS_PER_DAY;
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
