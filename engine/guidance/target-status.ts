import type { StepTarget } from '../workout/types.ts';
import type { GuidanceSample, TargetStatus } from './types.ts';

/**
 * Where a reading sits against a target band, with hysteresis: leaving the band needs the value to
 * pass the edge by a margin, and coming back needs it to be inside by the same margin (when the band
 * is wide enough). With a dwell time in the step function, this keeps a value hovering at an edge
 * from flapping between states.
 */

/** The reading a target is judged on, in the target's own unit (pace and split in seconds). */
export function readingFor(target: StepTarget, sample: GuidanceSample): number | null {
  switch (target.kind) {
    case 'heartRateZone':
      return sample.heartRateBpm;
    case 'pace':
      return sample.speedMps && sample.speedMps > 0 ? 1000 / sample.speedMps : null;
    case 'split':
      return sample.speedMps && sample.speedMps > 0 ? 500 / sample.speedMps : null;
    case 'power':
      return sample.powerW;
    case 'strokeRate':
      return sample.strokeRateSpm;
  }
}

/** Band in "effort" order: [easiest edge, hardest edge] plus the margin, or null if not set. */
function effortBand(
  target: StepTarget,
): { low: number; high: number; margin: number; invert: boolean } | null {
  switch (target.kind) {
    case 'heartRateZone':
      return target.minBpm === null || target.maxBpm === null
        ? null
        : { low: target.minBpm, high: target.maxBpm, margin: 2, invert: false };
    case 'pace':
      return {
        low: target.fastestSPerKm,
        high: target.slowestSPerKm,
        margin: target.fastestSPerKm * 0.015,
        invert: true,
      };
    case 'split':
      return { low: target.fastestS500m, high: target.slowestS500m, margin: 1, invert: true };
    case 'power':
      return { low: target.minW, high: target.maxW, margin: target.minW * 0.03, invert: false };
    case 'strokeRate':
      return { low: target.minSpm, high: target.maxSpm, margin: 1, invert: false };
  }
}

export function hasBand(target: StepTarget): boolean {
  return effortBand(target) !== null;
}

const flip = (s: TargetStatus): TargetStatus =>
  s === 'below' ? 'above' : s === 'above' ? 'below' : 'in';

/** The status a value suggests, given the status it had. Pace and split: a bigger number is easier. */
export function nextStatus(
  target: StepTarget,
  value: number,
  current: TargetStatus | null,
): TargetStatus | null {
  const band = effortBand(target);
  if (!band) return null;
  const { low, high, margin, invert } = band;
  const inset = Math.min(margin, (high - low) / 4);
  // Work on the value's own scale (low/high numbers), then turn it into effort.
  const side = current === null ? 'in' : invert ? flip(current) : current;
  let next: TargetStatus;
  if (value < low - margin) next = 'below';
  else if (value > high + margin) next = 'above';
  else if (side === 'below') next = value < low + inset ? 'below' : 'in';
  else if (side === 'above') next = value > high - inset ? 'above' : 'in';
  else next = 'in';
  return invert ? flip(next) : next;
}

/** How far outside the band a value is, in the target's unit (0 inside). */
export function distanceOutside(target: StepTarget, value: number): number {
  const band = effortBand(target);
  if (!band) return 0;
  return value < band.low ? band.low - value : value > band.high ? value - band.high : 0;
}
