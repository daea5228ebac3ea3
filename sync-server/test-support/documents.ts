import * as Y from 'yjs';

// Small stand-ins for the app's document write paths (lib/store): plan workouts as nested maps
// with a Y.Text of notes, journal day fields keyed `<date>|<field>`, fuel entries, and
// subjective activity fields keyed `<id>|<field>`. The relay never decodes these; the tests use
// them so that edits look like real ones.

export function addWorkout(doc: Y.Doc, id: string, date: string, type: string) {
  doc.transact(() => {
    const workout = new Y.Map<unknown>();
    workout.set('id', id);
    workout.set('date', date);
    workout.set('type', type);
    workout.set('status', 'planned');
    workout.set('notes', new Y.Text());
    doc.getMap<Y.Map<unknown>>('workouts').set(id, workout);
  });
}

export function editWorkout(doc: Y.Doc, id: string, field: string, value: unknown) {
  const workout = doc.getMap<Y.Map<unknown>>('workouts').get(id);
  workout?.set(field, value);
  workout?.set('locked', true);
}

export function workoutNotes(doc: Y.Doc, id: string): Y.Text | null {
  const notes = doc.getMap<Y.Map<unknown>>('workouts').get(id)?.get('notes');
  return notes instanceof Y.Text ? notes : null;
}

export function setJournalField(doc: Y.Doc, date: string, field: string, value: unknown) {
  doc.getMap('dayFields').set(`${date}|${field}`, value);
}

export function addFuel(doc: Y.Doc, id: string, grams: number) {
  doc.getMap('fuel').set(id, { id, carbsG: grams });
}

export function setActivityField(doc: Y.Doc, activityId: string, field: string, value: unknown) {
  doc.getMap('subjective').set(`${activityId}|${field}`, value);
}
