import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planV1WorkoutMaps } from './plan-v1-workout-maps';

describe('plan v1: workouts become maps with Y.Text notes', () => {
  it('converts a plain workout, keeping every field', () => {
    const doc = new Y.Doc();
    doc.getMap('workouts').set('w1', { date: '2026-12-07', notes: 'hilly', coachColour: 'red' });
    planV1WorkoutMaps.migrate(doc);
    const workout = doc.getMap('workouts').get('w1') as Y.Map<unknown>;
    expect(workout).toBeInstanceOf(Y.Map);
    expect(workout.get('notes')).toBeInstanceOf(Y.Text);
    expect(workout.toJSON()).toEqual({ date: '2026-12-07', notes: 'hilly', coachColour: 'red' });
  });

  it('changes nothing when run again', () => {
    const doc = new Y.Doc();
    doc.getMap('workouts').set('w1', { date: '2026-12-07' });
    planV1WorkoutMaps.migrate(doc);
    const before = Y.encodeStateVector(doc);
    planV1WorkoutMaps.migrate(doc);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
