import { describe, expect, it } from 'vitest';
import { guidanceStep, startGuidance } from '../../../engine/guidance/guidance-step';
import type { GuidanceSample, GuidanceState } from '../../../engine/guidance/types';
import type { SimpleStep, StepTarget } from '../../../engine/workout/types';
import { stepView } from './step-view';

const split: StepTarget = { kind: 'split', fastestS500m: 120, slowestS500m: 125 };
const zone: StepTarget = { kind: 'heartRateZone', zone: 2, minBpm: null, maxBpm: null };
const rate: StepTarget = { kind: 'strokeRate', minSpm: 20, maxSpm: 22 };

const steps: SimpleStep[] = [
  {
    kind: 'work',
    length: { kind: 'time', durationS: 120 },
    targets: [zone, split, rate],
    note: null,
  },
  { kind: 'rest', length: { kind: 'distance', distanceM: 300 }, targets: [], note: null },
  { kind: 'coolDown', length: { kind: 'open' }, targets: [], note: null },
];

/** Rows at a steady split and rate, stepped through the engine from `fromS` to `toS`. */
function row(state: GuidanceState, fromS: number, toS: number, splitS: number, spm: number) {
  let s = state;
  for (let t = fromS; t <= toS; t++) {
    const sample: GuidanceSample = {
      elapsedS: t,
      distanceM: (t * 500) / splitS,
      heartRateBpm: 130,
      speedMps: 500 / splitS,
      powerW: 180,
      strokeRateSpm: spm,
    };
    s = guidanceStep(s, sample).state;
  }
  return s;
}

describe('the step the Record screen shows', () => {
  it('counts a time step down and names the next step, before any reading too', () => {
    const start = startGuidance({ sport: 'row', steps }, 'row');
    expect(stepView(start)?.left).toEqual({ kind: 'time', leftS: 120, totalS: 120 });
    const view = stepView(row(start, 0, 45, 122, 21));
    expect(view?.left).toEqual({ kind: 'time', leftS: 75, totalS: 120 });
    expect(view?.next?.kind).toBe('rest');
  });

  it('says where each banded target stands and leaves unbanded ones unjudged', () => {
    // Rowing at 2:10 /500 m is slower than 2:00–2:05: easier than the target; the rate is on it.
    const view = stepView(row(startGuidance({ sport: 'row', steps }, 'row'), 0, 30, 130, 21));
    expect(view?.targets).toEqual([
      { target: zone, status: null },
      { target: split, status: 'below' },
      { target: rate, status: 'in' },
    ]);
  });

  it('counts a distance step down in metres from where it began', () => {
    // 120 s at 2:00 /500 m is 500 m, so the rest step starts at 500 m; 30 s more is 125 m of it.
    const state = row(startGuidance({ sport: 'row', steps }, 'row'), 0, 150, 120, 21);
    expect(state.index).toBe(1);
    const view = stepView(state);
    expect(view?.left.kind).toBe('distance');
    expect(view?.left).toMatchObject({ totalM: 300 });
    expect((view?.left as { leftM: number }).leftM).toBeCloseTo(175, 6);
  });

  it('shows time spent in an open step, and nothing once the workout is done', () => {
    const open = row(startGuidance({ sport: 'row', steps }, 'row'), 0, 200, 120, 21);
    expect(open.index).toBe(2);
    expect(stepView(open)?.left).toMatchObject({ kind: 'open' });
    expect(stepView(open)?.next).toBeNull();
    const done = guidanceStep(open, {
      elapsedS: 201,
      distanceM: 900,
      heartRateBpm: 120,
      speedMps: 4,
      powerW: 150,
      strokeRateSpm: 20,
      lap: true,
    }).state;
    expect(stepView(done)).toBeNull();
  });
});
