import * as Y from 'yjs';
import type { Migration } from './migration';

/**
 * Plan v1: each workout is a nested map (per-field merge, so a coach moving the date and the
 * athlete adding a note both win) and its notes are a Y.Text (merged character by character).
 * Workouts stored as one plain object become maps; every field, known or not, is kept.
 */
export const planV1WorkoutMaps: Migration = {
  id: 'plan-v1-workout-maps',
  kind: 'plan',
  toVersion: 1,
  migrate(doc) {
    const workouts = doc.getMap<unknown>('workouts');
    for (const [id, value] of [...workouts.entries()]) {
      if (value instanceof Y.AbstractType || value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) continue;
      const workout = new Y.Map<unknown>();
      for (const [field, fieldValue] of Object.entries(value as Record<string, unknown>)) {
        const isNotes = field === 'notes' && typeof fieldValue === 'string';
        workout.set(field, isNotes ? new Y.Text(fieldValue) : fieldValue);
      }
      workouts.set(id, workout);
    }
  },
};
