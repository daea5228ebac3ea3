import { describe, expect, it } from 'vitest';
import { addDays } from '@/engine/plan/calendar-date';
import type { DayRow } from '@/lib/store/index-rows';
import { fitnessView } from './fitness-view';

const none = { fitnessStart: null, fitnessStartCtl: null, fitnessStartAtl: null } as const;

function history(days: number): DayRow[] {
  return Array.from({ length: days }, (_, i) => ({
    date: addDays('2027-01-04', i),
    load: i % 2 === 0 ? 60 : 0,
    ctl: 1,
    atl: 1,
    tsb: 0,
    acwr: 1,
  }));
}

describe('fitnessView', () => {
  it('says form is not meaningful yet over three weeks from zero, and never calls it fatigue', () => {
    const view = fitnessView(history(21), none);
    expect(view.meaning.meaningful).toBe(false);
    expect(view.meaning.note).toMatch(/not meaningful yet/);
    expect(view.meaning.note).toMatch(/not fatigue/);
    expect(view.seed).toBeNull();
  });

  it('counts form as meaningful once fitness starts from a seed, or after six weeks', () => {
    expect(fitnessView(history(21), { ...none, fitnessStart: 'history' }).meaning.meaningful).toBe(
      true,
    );
    expect(fitnessView(history(42), none).meaning.meaningful).toBe(true);
  });

  it('offers the mean daily load of the first four weeks as the estimate', () => {
    const view = fitnessView(history(35), none);
    expect(view.historyEstimate?.ctl).toBeCloseTo(30, 6);
    expect(view.last?.date).toBe(addDays('2027-01-04', 34));
  });

  it('leaves out days the engine has not computed yet', () => {
    const days = history(3);
    days[2] = { ...days[2]!, ctl: null, atl: null, tsb: null, acwr: null };
    expect(fitnessView(days, none).days).toHaveLength(2);
  });
});
