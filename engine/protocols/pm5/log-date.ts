/**
 * The PM5 log date and time stamped on the end-of-workout records 0x0039 and 0x003A.
 * Date uint16: bits 0–3 month, bits 4–8 day, bits 9–15 year − 2000; time uint16: high byte hour,
 * low byte minute. Source: Open Rowing Monitor C2toORMMapper.js Concept2Date; the real trace
 * value 0x2063 / 0x0B24 is 2016-03-06 11:36 (ErgometerJS row100meter.ts, recorded that day).
 */

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** "YYYY-MM-DD", as the PM wrote it (not validated as a calendar date). */
export function logDateFromRaw(raw: number): string {
  return `${pad(2000 + (raw >> 9), 4)}-${pad(raw & 0x0f, 2)}-${pad((raw >> 4) & 0x1f, 2)}`;
}

export function rawFromLogDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [];
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`PM5 log date "${date}" is not YYYY-MM-DD.`);
  }
  if (year < 2000 || year > 2127 || month > 15 || day > 31) {
    throw new RangeError(`PM5 log date "${date}" is outside what the PM can store (2000–2127).`);
  }
  return ((year - 2000) << 9) | (day << 4) | month;
}

/** "HH:MM". */
export function logTimeFromRaw(raw: number): string {
  return `${pad(raw >> 8, 2)}:${pad(raw & 0xff, 2)}`;
}

export function rawFromLogTime(time: string): number {
  const match = /^(\d{2,3}):(\d{2,3})$/.exec(time);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 255 || minute > 255)
    throw new RangeError(`PM5 log time "${time}" is not HH:MM.`);
  return (hour << 8) | minute;
}
