import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generatePlan } from '@/engine/plan/generate-plan';
import { readPlan, writeNewPlan } from '@/lib/store/plan-doc';
import { planFromEngine } from './plan-from-engine';

describe('a generated plan in a plan document', () => {
  it('stores every week and workout the engine made, readable back', () => {
    const generated = generatePlan({
      sport: 'run',
      goal: '10k',
      raceDate: '2027-03-07',
      startDate: '2026-12-07',
      currentWeeklyMin: 180,
      days: [
        { day: 'tue', maxMin: 60 },
        { day: 'thu', maxMin: 60 },
        { day: 'sun', maxMin: null },
      ],
      longDay: 'sun',
      experience: 'intermediate',
      best: null,
      heartRateZones: null,
    });
    if (!generated.ok) throw new Error(generated.error.message);
    const parts = planFromEngine(generated.plan, '10 km', '2026-11-21T10:00:00Z');
    const doc = new Y.Doc();
    writeNewPlan(doc, parts.meta, parts.weeks, parts.workouts);
    const stored = readPlan(doc);
    expect(stored.weeks).toHaveLength(generated.plan.weeks.length);
    expect(stored.workouts).toHaveLength(parts.workouts.length);
    expect(stored.workouts.some((w) => w.type === 'race' && w.date === '2027-03-07')).toBe(true);
  });

  it('keeps what the plan rests on: assumptions, feasibility, warnings and its pace basis', () => {
    const generated = generatePlan({
      sport: 'run',
      goal: 'half-marathon',
      raceDate: '2027-02-28',
      startDate: '2026-12-07',
      currentWeeklyMin: 100,
      days: [
        { day: 'tue', maxMin: null },
        { day: 'thu', maxMin: null },
        { day: 'sun', maxMin: null },
      ],
      longDay: 'sun',
      experience: 'beginner',
      best: { distanceM: 5000, timeS: 1680 },
      heartRateZones: null,
    });
    if (!generated.ok) throw new Error(generated.error.message);
    const parts = planFromEngine(generated.plan, 'Half', '2026-11-21T10:00:00Z');
    const doc = new Y.Doc();
    writeNewPlan(doc, parts.meta, parts.weeks, parts.workouts);
    const { meta, weeks } = readPlan(doc);
    expect(meta.feasibility?.status).toBe(generated.plan.feasibility.status);
    expect(meta.warnings).toEqual(generated.plan.warnings);
    expect(meta.assumptions.map((a) => a.field)).toEqual(
      generated.plan.assumptions.map((a) => a.field),
    );
    expect(meta.assumptions.map((a) => a.field)).toContain('currentLongMin');
    expect(meta.paceBasis.vdot).toBeCloseTo(generated.plan.paceBasis.vdot!, 6);
    expect(weeks.map((w) => w.lighter)).toEqual(generated.plan.weeks.map((w) => w.lighter));
  });
});
