/**
 * The step being followed, in words and numbers the athlete reads mid-workout: each target in
 * their units (rowing always per 500 m), what is left of the step, and whether they are on target
 * — said in words as well as shown in colour.
 */
import type { StepTarget } from '@/engine/workout/types';
import type { StepLeft, TargetView } from '@/lib/devices/guidance/step-view';
import type { Units } from '@/lib/store/profile-schema';
import { distanceParts, formatDuration, paceSPerKmParts, type ValueUnit } from '@/lib/format/units';

export type TargetText = ValueUnit & { label: string };

const range = (low: string, high: string) => (low === high ? low : `${low}–${high}`);

export function targetText(target: StepTarget, units: Units): TargetText {
  switch (target.kind) {
    case 'pace': {
      const fastest = paceSPerKmParts(target.fastestSPerKm, units);
      const slowest = paceSPerKmParts(target.slowestSPerKm, units);
      return { label: 'Pace', value: range(fastest.value, slowest.value), unit: fastest.unit };
    }
    case 'split':
      return {
        label: 'Split',
        value: range(formatDuration(target.fastestS500m), formatDuration(target.slowestS500m)),
        unit: '/500 m',
      };
    case 'power':
      return {
        label: 'Power',
        value: range(String(Math.round(target.minW)), String(Math.round(target.maxW))),
        unit: 'W',
      };
    case 'strokeRate':
      return {
        label: 'Stroke rate',
        value: range(`${target.minSpm}`, `${target.maxSpm}`),
        unit: 'spm',
      };
    case 'heartRateZone':
      return target.minBpm === null || target.maxBpm === null
        ? { label: 'Heart rate', value: `zone ${target.zone}`, unit: '' }
        : {
            label: `Heart rate zone ${target.zone}`,
            value: range(String(Math.round(target.minBpm)), String(Math.round(target.maxBpm))),
            unit: 'bpm',
          };
  }
}

/** Whether a target is met: a tone for the colour, the words, and a word or two for a chip. */
export type Judgement = { tone: 'on' | 'off' | 'fine' | 'unknown'; words: string; short: string };

const OFF_WORDS: Record<StepTarget['kind'], Record<'above' | 'below', [string, string]>> = {
  pace: {
    above: ['Faster than planned — ease back', 'Fast'],
    below: ['Slower than planned — pick it up', 'Slow'],
  },
  split: {
    above: ['Faster than planned — ease back', 'Fast'],
    below: ['Slower than planned — press on', 'Slow'],
  },
  power: {
    above: ['Above target — ease off', 'High'],
    below: ['Below target — a bit more', 'Low'],
  },
  strokeRate: {
    above: ['Rate high — lengthen out', 'High'],
    below: ['Rate low — bring it up', 'Low'],
  },
  heartRateZone: {
    above: ['Heart rate high — ease off', 'High'],
    below: ['Heart rate low — a little more', 'Low'],
  },
};

/**
 * Whether the athlete is on a target, in words. Statuses are in effort order (`above` = harder).
 * Below an easy heart-rate zone is fine: the guidance never nags anyone for going gently.
 */
export function judgement({ target, status }: TargetView): Judgement {
  if (status === null) {
    const banded = target.kind !== 'heartRateZone' || target.minBpm !== null;
    return banded
      ? { tone: 'unknown', words: 'Settling in…', short: 'Settling in' }
      : { tone: 'unknown', words: 'By feel', short: 'By feel' };
  }
  if (status === 'in') return { tone: 'on', words: 'On target', short: 'On target' };
  if (target.kind === 'heartRateZone' && target.zone <= 2 && status === 'below') {
    return { tone: 'fine', words: 'Nice and easy', short: 'Easy' };
  }
  const [words, short] = OFF_WORDS[target.kind][status];
  return { tone: 'off', words, short };
}

/** The target the athlete paces by: pace, split or power first, then heart rate, then rate. */
export function mainTargetIndex(targets: readonly { target: StepTarget }[]): number {
  const order: StepTarget['kind'][] = ['pace', 'split', 'power', 'heartRateZone', 'strokeRate'];
  let best = -1;
  targets.forEach(({ target }, i) => {
    if (best < 0 || order.indexOf(target.kind) < order.indexOf(targets[best]!.target.kind))
      best = i;
  });
  return best;
}

/** The countdown of a time or distance step, or the time spent in an open one. */
export function leftText(left: StepLeft, units: Units, sport: string): ValueUnit {
  switch (left.kind) {
    case 'time':
      return { value: formatDuration(left.leftS), unit: 'left' };
    case 'distance': {
      const shown = distanceParts(left.leftM, units, sport);
      return { value: shown.value, unit: `${shown.unit} left` };
    }
    case 'open':
      return {
        value: formatDuration(left.inStepS, { rounding: 'down' }),
        unit: 'until you press Lap',
      };
  }
}
