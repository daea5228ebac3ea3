import { describe, expect, it } from 'vitest';
import { flattenSteps } from './flatten-steps.ts';
import type { SimpleStep } from './types.ts';

const step = (kind: SimpleStep['kind'], durationS: number): SimpleStep => ({
  kind,
  length: { kind: 'time', durationS },
  targets: [],
  note: null,
});

describe('flattenSteps', () => {
  it('unrolls repeats in order between warm-up and cool-down', () => {
    const flat = flattenSteps([
      step('warmUp', 600),
      { kind: 'repeat', count: 3, steps: [step('work', 180), step('rest', 90)] },
      step('coolDown', 300),
    ]);
    expect(
      flat.map((s) => `${s.kind}:${s.length.kind === 'time' ? s.length.durationS : 0}`),
    ).toEqual([
      'warmUp:600',
      'work:180',
      'rest:90',
      'work:180',
      'rest:90',
      'work:180',
      'rest:90',
      'coolDown:300',
    ]);
  });
});
