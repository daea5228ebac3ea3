import { describe, expect, it } from 'vitest';
import type { StepTarget } from '@/engine/workout/types';
import { judgement, leftText, mainTargetIndex, targetText } from './step-text';

const pace: StepTarget = { kind: 'pace', fastestSPerKm: 290, slowestSPerKm: 305 };
const split: StepTarget = { kind: 'split', fastestS500m: 125.4, slowestS500m: 130 };
const zone2: StepTarget = { kind: 'heartRateZone', zone: 2, minBpm: 128.6, maxBpm: 145 };
const zone4: StepTarget = { kind: 'heartRateZone', zone: 4, minBpm: null, maxBpm: null };
const rate: StepTarget = { kind: 'strokeRate', minSpm: 20, maxSpm: 22 };
const power: StepTarget = { kind: 'power', minW: 180.2, maxW: 199.7 };

describe('a step target as the athlete reads it', () => {
  it('shows a running pace band per km or per mile', () => {
    expect(targetText(pace, 'metric')).toEqual({ label: 'Pace', value: '4:50–5:05', unit: '/km' });
    // 290 s/km is 7:47 /mi, 305 s/km is 8:11 /mi.
    expect(targetText(pace, 'imperial')).toEqual({
      label: 'Pace',
      value: '7:47–8:11',
      unit: '/mi',
    });
  });

  it('shows a rowing split per 500 m whatever the units, and the other bands', () => {
    expect(targetText(split, 'imperial')).toEqual({
      label: 'Split',
      value: '2:05–2:10',
      unit: '/500 m',
    });
    expect(targetText(power, 'metric')).toEqual({ label: 'Power', value: '180–200', unit: 'W' });
    expect(targetText(rate, 'metric')).toEqual({
      label: 'Stroke rate',
      value: '20–22',
      unit: 'spm',
    });
    expect(targetText(zone2, 'metric')).toEqual({
      label: 'Heart rate zone 2',
      value: '129–145',
      unit: 'bpm',
    });
    expect(targetText(zone4, 'metric')).toEqual({ label: 'Heart rate', value: 'zone 4', unit: '' });
  });

  it('says in words whether the athlete is on target', () => {
    expect(judgement({ target: split, status: 'in' })).toMatchObject({
      tone: 'on',
      words: 'On target',
    });
    expect(judgement({ target: split, status: 'above' })).toEqual({
      tone: 'off',
      words: 'Faster than planned — ease back',
      short: 'Fast',
    });
    expect(judgement({ target: rate, status: 'below' }).words).toBe('Rate low — bring it up');
    expect(judgement({ target: split, status: null }).tone).toBe('unknown');
    expect(judgement({ target: zone4, status: null }).words).toBe('By feel');
  });

  it('never calls going gently in an easy zone a problem', () => {
    expect(judgement({ target: zone2, status: 'below' })).toEqual({
      tone: 'fine',
      words: 'Nice and easy',
      short: 'Easy',
    });
    expect(judgement({ target: zone4, status: 'below' }).tone).toBe('off');
  });

  it('leads with the target the athlete paces by', () => {
    const t = (target: StepTarget) => ({ target });
    expect(mainTargetIndex([t(zone2), t(split), t(power), t(rate)])).toBe(1);
    expect(mainTargetIndex([t(rate), t(zone2)])).toBe(1);
    expect(mainTargetIndex([])).toBe(-1);
  });

  it('counts down time and distance, rowing in metres', () => {
    expect(leftText({ kind: 'time', leftS: 462, totalS: 480 }, 'metric', 'rowing')).toEqual({
      value: '7:42',
      unit: 'left',
    });
    expect(leftText({ kind: 'distance', leftM: 175.6, totalM: 500 }, 'imperial', 'rowing')).toEqual(
      { value: '175', unit: 'm left' },
    );
    expect(
      leftText({ kind: 'distance', leftM: 804.7, totalM: 1609 }, 'imperial', 'running'),
    ).toEqual({ value: '0.50', unit: 'mi left' });
    expect(leftText({ kind: 'open', inStepS: 65.7 }, 'metric', 'running')).toEqual({
      value: '1:05',
      unit: 'until you press Lap',
    });
  });
});
