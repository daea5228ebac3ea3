import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PlannedWorkout } from '@/engine/workout/types';
import {
  applyAdaptedWorkout,
  editWorkout,
  readPlan,
  setWorkoutNotes,
  writeNewPlan,
} from './plan-doc';
import { syncReplicas } from './test-support';

function workout(overrides: Partial<PlannedWorkout> = {}): PlannedWorkout {
  return {
    id: '2026-12-08-run-easy',
    date: '2026-12-08',
    sport: 'run',
    type: 'easy',
    title: 'Easy run',
    description: 'Relaxed, conversational.',
    durationMin: 40,
    steps: [{ kind: 'work', length: { kind: 'time', durationS: 2400 }, targets: [], note: null }],
    plannedLoad: 35,
    key: false,
    locked: false,
    ...overrides,
  };
}

function newPlanDoc(): Y.Doc {
  const doc = new Y.Doc();
  const meta = {
    title: '10k',
    sport: 'run' as const,
    goal: '10k',
    raceDate: '2027-03-01',
    createdAt: '2026-11-20T10:00:00Z',
  };
  writeNewPlan(
    doc,
    meta,
    [{ start: '2026-12-07', phase: 'base', plannedMinutes: 200 }],
    [
      workout(),
      workout({ id: '2026-12-10-run-tempo', date: '2026-12-10', type: 'tempo', key: true }),
    ],
  );
  return doc;
}

describe('plan document', () => {
  it('reads back what the generator wrote, with status and notes', () => {
    const plan = readPlan(newPlanDoc());
    expect(plan.meta.raceDate).toBe('2027-03-01');
    expect(plan.weeks).toHaveLength(1);
    expect(plan.workouts.map((w) => [w.id, w.status, w.locked])).toEqual([
      ['2026-12-08-run-easy', 'planned', false],
      ['2026-12-10-run-tempo', 'planned', false],
    ]);
  });

  it('locks a workout a person edited, and adaptation leaves it alone', () => {
    const doc = newPlanDoc();
    editWorkout(doc, '2026-12-08-run-easy', { durationMin: 30 });
    const adapted = workout({ durationMin: 50, description: 'Engine wants more.' });
    expect(applyAdaptedWorkout(doc, adapted)).toBe('locked');
    const easy = readPlan(doc).workouts[0];
    expect(easy).toMatchObject({
      durationMin: 30,
      locked: true,
      description: 'Relaxed, conversational.',
    });
  });

  it('applies adaptation to an unlocked workout', () => {
    const doc = newPlanDoc();
    const eased = workout({ id: '2026-12-10-run-tempo', date: '2026-12-10', type: 'easy' });
    expect(applyAdaptedWorkout(doc, eased)).toBe('applied');
    expect(readPlan(doc).workouts[1]?.type).toBe('easy');
  });

  it('merges a coach moving the date with the athlete writing a note', () => {
    const athlete = newPlanDoc();
    const coach = new Y.Doc();
    syncReplicas(athlete, coach);
    editWorkout(coach, '2026-12-10-run-tempo', { date: '2026-12-11' });
    setWorkoutNotes(athlete, '2026-12-10-run-tempo', 'Legs felt heavy');
    syncReplicas(athlete, coach);
    const tempo = readPlan(athlete).workouts.find((w) => w.id === '2026-12-10-run-tempo');
    expect(tempo).toMatchObject({ date: '2026-12-11', notes: 'Legs felt heavy', locked: true });
  });

  it('refuses an invalid edit', () => {
    expect(() => editWorkout(newPlanDoc(), '2026-12-08-run-easy', { date: 'soon' })).toThrow();
  });
});
