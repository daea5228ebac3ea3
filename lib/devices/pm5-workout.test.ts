import { describe, expect, it } from 'vitest';
import type { SimpleStep } from '../../engine/workout/types';
import { pm5WorkoutFor } from './pm5-workout';

const step = (kind: SimpleStep['kind'], length: SimpleStep['length']): SimpleStep => ({
  kind,
  length,
  targets: [],
  note: null,
});
const warmUp = step('warmUp', { kind: 'time', durationS: 600 });

describe('pm5WorkoutFor', () => {
  it('programs 4 × 500 m with 2 min rest as distance intervals', () => {
    expect(
      pm5WorkoutFor({
        sport: 'row',
        steps: [
          warmUp,
          {
            kind: 'repeat',
            count: 4,
            steps: [
              step('work', { kind: 'distance', distanceM: 500 }),
              step('rest', { kind: 'time', durationS: 120 }),
            ],
          },
        ],
      }),
    ).toEqual({ kind: 'distance-intervals', distanceM: 500, restS: 120, count: 4 });
  });

  it('programs a single timed piece', () => {
    expect(
      pm5WorkoutFor({
        sport: 'row',
        steps: [warmUp, step('work', { kind: 'time', durationS: 1800 })],
      }),
    ).toEqual({ kind: 'time', durationS: 1800 });
  });

  it('falls back to Just Row for shapes the PM5 cannot hold, and for runs', () => {
    const pyramid = {
      sport: 'row' as const,
      steps: [
        step('work', { kind: 'distance', distanceM: 250 }),
        step('work', { kind: 'distance', distanceM: 500 }),
      ],
    };
    expect(pm5WorkoutFor(pyramid)).toEqual({ kind: 'just-row' });
    expect(
      pm5WorkoutFor({ sport: 'run', steps: [step('work', { kind: 'time', durationS: 60 })] }),
    ).toEqual({
      kind: 'just-row',
    });
  });
});
