/**
 * Proleptic Gregorian date of a day count since 1970-01-01 (negative before), by Howard Hinnant's
 * `civil_from_days` ("chrono-Compatible Low-Level Date Algorithms", howardhinnant.github.io/
 * date_algorithms.html): shift the epoch to 0000-03-01 so the leap day ends each year, split into
 * 400-year eras of 146 097 days, then year-of-era, day-of-year and a March-based month.
 * Pure integer arithmetic: no Date object, no time zone. `daysFromCivil` is the inverse.
 */
export type CivilDate = { year: number; month: number; day: number };

const DAYS_FROM_0000_03_01_TO_EPOCH = 719_468;
const DAYS_PER_ERA = 146_097;

export function civilFromDays(days: number): CivilDate {
  const z = days + DAYS_FROM_0000_03_01_TO_EPOCH;
  const era = Math.floor(z / DAYS_PER_ERA);
  const doe = z - era * DAYS_PER_ERA; // [0, 146096]
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  ); // [0, 399]
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // [0, 365]
  const mp = Math.floor((5 * doy + 2) / 153); // March = 0 … February = 11
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** The inverse: days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * DAYS_PER_ERA + doe - DAYS_FROM_0000_03_01_TO_EPOCH;
}
