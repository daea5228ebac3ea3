import type { StepKind } from '@/engine/workout/types';
import type { Zone } from '@/engine/zones/zone';
import type { LiveNumbers } from '@/lib/devices/recorder/live-numbers';
import type { RecordingSport } from '@/lib/devices/recorder/journal-format';
import type { GuidanceView } from '@/lib/devices/guidance/live-guidance';
import type { LiveState } from './live-state';

const stepNames: Record<StepKind, string> = {
  warmUp: 'Warm-up',
  work: 'Work',
  rest: 'Rest',
  coolDown: 'Cool-down',
};

const reading = (value: number): number | null =>
  Number.isFinite(value) && value >= 0 ? value : null;

/** The zone a heart rate falls in: the last one whose floor it reaches (1-based), or null. */
export function zoneOf(
  bpm: number | null,
  zones: readonly Zone[],
): { index: number; name: string } | null {
  if (bpm === null || bpm <= 0 || zones.length === 0) return null;
  let found: { index: number; name: string } | null = null;
  zones.forEach((zone, i) => {
    if (bpm >= zone.min) found = { index: i + 1, name: zone.name };
  });
  return found;
}

export type LiveInputs = {
  name: string;
  sport: RecordingSport;
  numbers: LiveNumbers;
  guidance: GuidanceView | null;
  zones: readonly Zone[];
  activityId: string | null;
  finished: boolean;
  nowMs: number;
  seq: number;
};

/** The live state a recording publishes, from what the Record screen shows. */
export function liveStateFrom(inputs: LiveInputs): LiveState {
  const { numbers, guidance } = inputs;
  const heartRateBpm = reading(numbers.heartRateBpm);
  const zone = zoneOf(heartRateBpm, inputs.zones);
  const step = guidance?.step && !guidance.finished ? guidance.step : null;
  return {
    v: 1,
    name: inputs.name.slice(0, 80),
    sport: inputs.sport,
    phase: inputs.finished ? 'finished' : numbers.state === 'paused' ? 'paused' : 'recording',
    activeS: Math.max(0, numbers.activeS),
    distanceM: Math.max(0, numbers.distanceM),
    speedMps: reading(numbers.speedMps),
    powerW: reading(numbers.powerW),
    cadence: reading(numbers.cadence),
    heartRateBpm,
    hrZone: zone?.index ?? null,
    hrZoneName: zone?.name.slice(0, 8) ?? null,
    step:
      step && guidance
        ? {
            index: guidance.stepIndex + 1,
            count: guidance.stepCount,
            label: stepNames[step.kind],
          }
        : null,
    linksDown: numbers.linksDown.slice(0, 8).map((l) => l.slice(0, 40)),
    activityId: inputs.activityId,
    sentAtMs: inputs.nowMs,
    seq: inputs.seq,
  };
}
