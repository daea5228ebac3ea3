import { describe, expect, it } from 'vitest';
import { weekdayOf } from '@/engine/plan/calendar-date';
import { generatePlan } from '@/engine/plan/generate-plan';
import type { PlanRequest } from '@/engine/plan/plan-request';
import { alternativesFor } from './plan-alternatives';

const marathonIn4Weeks: PlanRequest = {
  sport: 'run',
  goal: 'marathon',
  raceDate: '2027-01-31',
  startDate: '2027-01-04',
  currentWeeklyMin: 100,
  days: [
    { day: 'tue', maxMin: null },
    { day: 'thu', maxMin: null },
    { day: 'sat', maxMin: null },
    { day: 'sun', maxMin: null },
  ],
  longDay: 'sun',
  experience: 'intermediate',
  best: null,
  heartRateZones: null,
};

const tryPlan = async (request: PlanRequest) => generatePlan(request);

describe('alternatives to an unrealistic goal', () => {
  it('offers a later Sunday race, shorter goals and general fitness, each one the engine makes', async () => {
    const refused = generatePlan(marathonIn4Weeks);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    const alternatives = await alternativesFor(marathonIn4Weeks, refused.error, tryPlan);
    const later = alternatives.find((a) => a.kind === 'later-race');
    expect(later?.request.raceDate).toBeDefined();
    expect(weekdayOf(later!.request.raceDate!)).toBe('sun');
    expect(later!.request.raceDate! > marathonIn4Weeks.raceDate!).toBe(true);
    expect(alternatives.map((a) => a.kind).at(-1)).toBe('just-fitter');
    for (const a of alternatives) expect(generatePlan(a.request).ok).toBe(true);
    const goals = alternatives.filter((a) => a.kind === 'shorter-goal').map((a) => a.request.goal);
    expect(goals.length).toBeGreaterThan(0);
    expect(goals).not.toContain('marathon');
  });
});
