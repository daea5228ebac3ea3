/**
 * Seconds as the clock an athlete reads: "m:ss" under an hour, "h:mm:ss" from an hour on, with
 * `decimals` digits of fractional seconds. The one clock format of the CLI, the app and spoken
 * cues, so the same time never reads two ways.
 *
 * Rounding: a pace or a duration rounds to the nearest shown unit (59.6 s reads "1:00"); a
 * running stopwatch rounds down, so it never shows a second that has not yet passed.
 */
export type ClockRounding = 'nearest' | 'down';

export function formatClock(
  seconds: number,
  { decimals = 0, rounding = 'nearest' }: { decimals?: number; rounding?: ClockRounding } = {},
): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  const scale = 10 ** decimals;
  const scaled = seconds * scale;
  const total = (rounding === 'down' ? Math.floor(scaled + 1e-9) : Math.round(scaled)) / scale;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total - h * 3600 - m * 60;
  const sText = s.toFixed(decimals).padStart(decimals ? decimals + 3 : 2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sText}` : `${m}:${sText}`;
}
