import type { ActivityStreams } from '@/engine/activity/types';
import { isRowing } from '@/engine/analysis/sport-family';
import { hasAny } from '@/engine/analysis/stream-stats';
import type { Units } from '@/lib/store/profile-schema';
import type { Series } from './line-path';
import { formatPaceValue, paceMode, paceValue, type PaceMode } from './pace-mode';
import { CLOCK_STEPS, niceSteps, quantile, rollingMedian5, ticksFrom, type Domain } from './scale';

/** One stacked chart of an activity: what it shows, its scale and how its values read. */
export type Panel = {
  key: 'pace' | 'hr' | 'power' | 'cadence';
  title: string;
  series: Series;
  yDomain: Domain;
  yTicks: number[];
  formatY: (v: number) => string;
  /** For the readout and tables: a value with its unit. */
  formatValue: (v: number | null) => string;
  invertY: boolean;
};

const COLORS = { pace: '#0f766e', hr: '#dc2626', power: '#7c3aed', cadence: '#b45309' };

function padded(lo: number, hi: number, fraction = 0.05): Domain {
  const pad = Math.max((hi - lo) * fraction, 1e-6);
  return [lo - pad, hi + pad];
}

/**
 * The pace scale: its fast end is the fastest stretch that lasted (a rolling median of five
 * samples drops one-sample GPS jumps but keeps every rep), its slow end the slowest 5 % of
 * moving samples, so walking breaks and stops ride the bottom edge instead of squashing the rest.
 */
export function paceDomain(speedMps: ArrayLike<number>, mode: PaceMode): Domain | null {
  const smooth = rollingMedian5(speedMps);
  const fastest = quantile(smooth, 1, (v) => v >= 0.5);
  const slowest = quantile(speedMps, 0.05, (v) => v >= 0.5);
  if (fastest === null || slowest === null) return null;
  const a = paceValue(mode, fastest);
  const b = paceValue(mode, Math.min(slowest, fastest * 0.95));
  return padded(Math.min(a, b), Math.max(a, b), 0.04);
}

function pacePanel(s: ActivityStreams, mode: PaceMode): Panel | null {
  if (!hasAny(s.speedMps)) return null;
  const domain = paceDomain(s.speedMps, mode);
  if (!domain) return null;
  const y = Float64Array.from(s.speedMps, (v) => paceValue(mode, v));
  const isPace = mode.kind === 'pace';
  return {
    key: 'pace',
    title: isPace
      ? `${mode.metres === 500 ? 'Split' : 'Pace'} (${mode.unit})`
      : `Speed (${mode.unit})`,
    series: { x: s.timeS, y, color: COLORS.pace },
    yDomain: domain,
    yTicks: ticksFrom(domain, 5, isPace ? CLOCK_STEPS : niceSteps()),
    formatY: (v) => formatPaceValue(mode, v, false),
    formatValue: (v) => formatPaceValue(mode, v),
    invertY: isPace,
  };
}

function plainPanel(
  key: 'hr' | 'power' | 'cadence',
  title: string,
  unit: string,
  values: ArrayLike<number>,
  timeS: Float64Array,
  positiveOnly: boolean,
): Panel | null {
  if (!hasAny(values)) return null;
  const keep = (v: number) => Number.isFinite(v) && (!positiveOnly || v > 0);
  const lo = key === 'power' ? 0 : quantile(values, 0.01, keep);
  const hi = quantile(rollingMedian5(values), 1, keep);
  if (lo === null || hi === null) return null;
  const yDomain = padded(lo, Math.max(hi, lo + 1));
  if (key === 'power') yDomain[0] = 0;
  const y = positiveOnly ? Float64Array.from(values, (v) => (v > 0 ? v : NaN)) : values;
  return {
    key,
    title: `${title} (${unit})`,
    series: { x: timeS, y, color: COLORS[key] },
    yDomain,
    yTicks: ticksFrom(yDomain, 4, niceSteps()),
    formatY: (v) => String(Math.round(v)),
    formatValue: (v) => (v === null ? '—' : `${Math.round(v)} ${unit}`),
    invertY: false,
  };
}

/** The panels an activity has data for, top to bottom: pace, heart rate, power, cadence. */
export function activityPanels(s: ActivityStreams, sport: string, units: Units): Panel[] {
  const rowing = isRowing(sport);
  const cadenceUnit = rowing ? 'spm' : sport === 'cycling' ? 'rpm' : 'steps/min';
  return [
    pacePanel(s, paceMode(sport, units)),
    plainPanel('hr', 'Heart rate', 'bpm', s.heartRateBpm, s.timeS, true),
    plainPanel('power', 'Power', 'W', s.powerW, s.timeS, false),
    plainPanel(
      'cadence',
      rowing ? 'Stroke rate' : 'Cadence',
      cadenceUnit,
      s.cadence,
      s.timeS,
      true,
    ),
  ].filter((p): p is Panel => p !== null);
}

/**
 * Elapsed-time ticks for the x axis at steps a clock reads well, the last one the range's real end
 * ("0:00 … 40:00 45:12"), so the axis says the duration; a round tick too near the end gives way.
 */
export function timeTicks(domain: Domain, width: number): number[] {
  const ticks = ticksFrom(domain, Math.max(2, Math.floor(width / 90)), CLOCK_STEPS);
  const end = domain[1];
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : end - domain[0];
  const kept = ticks.filter((t) => t === end || end - t >= step * 0.8);
  if (kept[kept.length - 1] !== end) kept.push(end);
  return kept;
}
