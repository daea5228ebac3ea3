import { describe, expect, it } from 'vitest';
import { fuelForWorkout, fuelPlan } from './fueling.ts';

const plan = (
  durationMin: number,
  intensity: 'easy' | 'moderate' | 'hard' | 'race',
  temperatureC: number | null = 15,
) =>
  fuelPlan({
    durationMin,
    intensity,
    temperatureC,
    bodyMassKg: null,
    isRace: intensity === 'race',
  });

describe('fuelPlan (ACSM 2016 / Jeukendrup 2014 bands)', () => {
  it('needs nothing under 45 minutes', () => {
    const p = plan(40, 'hard');
    expect(p.carbsGPerHour).toEqual({ min: 0, max: 0 });
    expect(p.fluidMlPerHour).toEqual({ min: 0, max: 0 });
    expect(p.during).toMatch(/Nothing needed/);
  });

  it('30–60 g/h from one to two and a half hours', () => {
    expect(plan(90, 'moderate').carbsGPerHour).toEqual({ min: 30, max: 60 });
    expect(plan(150, 'hard').carbsGPerHour).toEqual({ min: 30, max: 60 });
    expect(plan(120, 'moderate').carbsTotalG).toEqual({ min: 60, max: 120 });
  });

  it('up to 90 g/h beyond 2.5 h, with mixed sources', () => {
    const p = plan(200, 'race');
    expect(p.carbsGPerHour.max).toBe(90);
    expect(p.during).toMatch(/glucose \+ fructose/);
    expect(p.before).toMatch(/36–48 h/);
  });

  it('more fluid and sodium in the heat, bounded by the 460–690 mg/L drink guidance', () => {
    const hot = plan(120, 'moderate', 30);
    const mild = plan(120, 'moderate', 15);
    expect(hot.fluidMlPerHour.max).toBeGreaterThan(mild.fluidMlPerHour.max);
    expect(hot.sodiumMgPerHour.max).toBeLessThanOrEqual((hot.fluidMlPerHour.max / 1000) * 690);
    expect(hot.sodiumMgPerHour.min).toBeGreaterThanOrEqual((hot.fluidMlPerHour.min / 1000) * 460);
  });

  it('is worded as optional, never as an order', () => {
    const p = fuelForWorkout(
      { type: 'long', durationMin: 130 },
      { temperatureC: null, bodyMassKg: 70 },
    );
    expect(p.optional).toBe(true);
    expect(p.during.startsWith('Optional')).toBe(true);
    expect(p.after).toMatch(/70–84 g/);
    expect(`${p.before} ${p.during} ${p.after}`).not.toMatch(/must|should have|you need to/i);
  });
});
