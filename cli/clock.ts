import { UsageError } from './io.ts';

/** Parses "SS", "M:SS(.s)" or "H:MM:SS(.s)" into seconds; a bad value is a usage error naming the flag. */
export function parseClock(text: string, flag: string): number {
  const parts = text.trim().split(':');
  const valid = parts.length <= 3 && parts.every((p) => /^\d+(\.\d+)?$/.test(p));
  if (!valid) throw new UsageError(`${flag} "${text}" is not a time like 1:50 or 1:31:05.`);
  const seconds = parts.reduce((total, part) => total * 60 + Number(part), 0);
  if (!(seconds > 0)) throw new UsageError(`${flag} must be longer than zero.`);
  return seconds;
}

/** Formats seconds as M:SS or H:MM:SS with `decimals` digits of fractional seconds. */
export function formatClock(seconds: number, decimals = 0): string {
  const scale = 10 ** decimals;
  const total = Math.round(seconds * scale) / scale;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total - h * 3600 - m * 60;
  const sText = s.toFixed(decimals).padStart(decimals ? decimals + 3 : 2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sText}` : `${m}:${sText}`;
}
