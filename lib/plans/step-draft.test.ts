import { describe, expect, it } from 'vitest';
import type { WorkoutStep } from '@/engine/workout/types';
import { fromDraft, parseMinutes, toDraft } from './step-draft';
import { stepsMinutes } from './step-duration';

const intervals: WorkoutStep[] = [
  {
    kind: 'warmUp',
    length: { kind: 'time', durationS: 900 },
    targets: [{ kind: 'heartRateZone', zone: 2, minBpm: 120, maxBpm: 135 }],
    note: 'build gradually',
  },
  {
    kind: 'repeat',
    count: 4,
    steps: [
      {
        kind: 'work',
        length: { kind: 'distance', distanceM: 1000 },
        targets: [{ kind: 'pace', fastestSPerKm: 250, slowestSPerKm: 256 }],
        note: null,
      },
      { kind: 'rest', length: { kind: 'time', durationS: 150 }, targets: [], note: null },
    ],
  },
  { kind: 'coolDown', length: { kind: 'time', durationS: 600 }, targets: [], note: null },
];

describe('the step editor’s draft', () => {
  it('reads back unchanged steps as they were (bpm of a kept zone included)', () => {
    const result = fromDraft(toDraft(intervals, 'metric'), 'metric', intervals);
    expect(result.ok && result.steps[0]).toEqual(intervals[0]);
    const rep = result.ok ? result.steps[1] : null;
    expect(rep?.kind === 'repeat' && rep.steps[0]!.targets[0]).toMatchObject({
      kind: 'pace',
      fastestSPerKm: 250,
    });
  });

  it('shows pace per mile in imperial and stores it per km', () => {
    const draft = toDraft(intervals, 'imperial');
    const rep = draft[1]!;
    expect(rep.type === 'repeat' && rep.steps[0]!.targets[0]).toMatchObject({
      low: '6:42',
      high: '6:52',
    });
    if (rep.type === 'repeat')
      rep.steps[0]!.targets[0] = { kind: 'pace', low: '6:30', high: '6:40' };
    const result = fromDraft(draft, 'imperial', intervals);
    const repeat = result.ok ? result.steps[1] : undefined;
    const work = repeat?.kind === 'repeat' ? repeat.steps[0]! : null;
    expect(work?.targets[0]).toMatchObject({ kind: 'pace' });
    expect(work?.targets[0]?.kind === 'pace' && work.targets[0].fastestSPerKm).toBeCloseTo(
      390 / 1.609344,
      6,
    );
  });

  it('refuses a step with no length, a reversed range and a zero repeat, saying which', () => {
    const draft = toDraft(intervals, 'metric');
    if (draft[0]!.type === 'step') draft[0]!.step.amount = '';
    const rep = draft[1]!;
    if (rep.type === 'repeat') {
      rep.count = '0';
      rep.steps[0]!.targets[0] = { kind: 'pace', low: '4:30', high: '4:10' };
    }
    const result = fromDraft(draft, 'metric', intervals);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.some((e) => e.startsWith('Step 1: the length'))).toBe(true);
      expect(result.errors.some((e) => e.startsWith('Repeat 2: the number of times'))).toBe(true);
      expect(result.errors.some((e) => e.includes('faster or lower end'))).toBe(true);
    }
  });

  it('reads minutes as a number or a clock', () => {
    expect(parseMinutes('7.5')).toBe(450);
    expect(parseMinutes('7:30')).toBe(450);
    expect(parseMinutes('')).toBeNull();
  });

  it('times the steps, distances at the middle of their pace', () => {
    // 15 + 4 × (1 km at 253 s + 2:30) + 10 min = 15 + 4 × 6.717 + 10 ≈ 52 min.
    expect(stepsMinutes(intervals)).toBe(52);
    expect(
      stepsMinutes([{ kind: 'work', length: { kind: 'open' }, targets: [], note: null }]),
    ).toBeNull();
  });
});
