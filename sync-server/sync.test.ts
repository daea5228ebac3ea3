import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addFuel,
  addWorkout,
  editWorkout,
  setActivityField,
  setJournalField,
  workoutNotes,
} from './test-support/documents.ts';
import {
  connect,
  converged,
  destroyAll,
  register,
  startTestRelay,
  synced,
  type TestRelay,
  waitUntil,
} from './test-support/relay-harness.ts';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay();
});
afterAll(async () => {
  await relay.close();
});

const DAY_MS = 86_400_000;
const isoDay = (start: number, day: number) =>
  new Date(start + day * DAY_MS).toISOString().slice(0, 10);

describe('y-websocket clients through the relay', () => {
  it('two clients converge, and a third client later loads what they wrote', async () => {
    const user = await register(relay.http);
    const name = `${user.athleteId}/plan/${randomUUID()}`;
    const a = connect(relay.ws, name, user.accessToken);
    const b = connect(relay.ws, name, user.accessToken);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    addWorkout(a.doc, 'w1', '2026-11-23', 'easy');
    workoutNotes(a.doc, 'w1')?.insert(0, 'Keep it conversational.');
    setJournalField(b.doc, '2026-11-22', 'sleepH', 7.5);
    await converged([a.doc, b.doc]);
    expect(workoutNotes(b.doc, 'w1')?.toString()).toBe('Keep it conversational.');
    expect(a.doc.getMap('dayFields').get('2026-11-22|sleepH')).toBe(7.5);

    const c = connect(relay.ws, name, user.accessToken);
    await synced(c.provider);
    await converged([a.doc, c.doc]);
    destroyAll([a, b, c]);
  });

  it('stores an edit sent just before the device closed its socket', async () => {
    const user = await register(relay.http);
    const name = `${user.athleteId}/journal`;
    const leaving = connect(relay.ws, name, user.accessToken);
    await synced(leaving.provider);
    setJournalField(leaving.doc, '2026-11-24', 'note', 'last words');
    leaving.provider.disconnect();
    const later = connect(relay.ws, name, user.accessToken);
    await waitUntil(later.doc, () => later.doc.getMap('dayFields').has('2026-11-24|note'));
    destroyAll([leaving, later]);
  });

  it('relays awareness (who is looking at which workout) and clears it when a client leaves', async () => {
    const user = await register(relay.http);
    const name = `${user.athleteId}/plan/${randomUUID()}`;
    const athlete = connect(relay.ws, name, user.accessToken);
    const coach = connect(relay.ws, name, user.accessToken);
    await Promise.all([synced(athlete.provider), synced(coach.provider)]);
    const seenByAthlete = (test: (states: Map<number, Record<string, unknown>>) => boolean) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!test(athlete.provider.awareness.getStates())) return;
          athlete.provider.awareness.off('change', check);
          resolve();
        };
        athlete.provider.awareness.on('change', check);
        check();
      });
    coach.provider.awareness.setLocalStateField('viewing', 'w1');
    await seenByAthlete((states) => states.get(coach.doc.clientID)?.viewing === 'w1');
    coach.provider.disconnect();
    await seenByAthlete((states) => !states.has(coach.doc.clientID));
    destroyAll([athlete, coach]);
  });

  it('merges a simulated week of offline edits from two devices without losing any', async () => {
    const user = await register(relay.http);
    const plan = `${user.athleteId}/plan/${randomUUID()}`;
    const phone = connect(relay.ws, plan, user.accessToken);
    const laptop = connect(relay.ws, plan, user.accessToken);
    await Promise.all([synced(phone.provider), synced(laptop.provider)]);
    const start = Date.UTC(2026, 10, 16);
    for (let day = 0; day < 7; day++) addWorkout(phone.doc, `w${day}`, isoDay(start, day), 'easy');
    await converged([phone.doc, laptop.doc]);

    phone.provider.disconnect();
    laptop.provider.disconnect();
    for (let day = 0; day < 7; day++) {
      const date = isoDay(start, day);
      setJournalField(phone.doc, date, 'sleepH', 6 + day / 2);
      setJournalField(laptop.doc, date, 'mood', 1 + (day % 5));
      addFuel(phone.doc, `fuel-phone-${day}`, 30 + day);
      addFuel(laptop.doc, `fuel-laptop-${day}`, 40 + day);
      setActivityField(laptop.doc, `act-${day}`, 'rpe', 3 + (day % 6));
      editWorkout(phone.doc, `w${day}`, 'status', 'done');
      editWorkout(laptop.doc, `w${day}`, 'durationMin', 40 + day);
      workoutNotes(phone.doc, `w${day}`)?.insert(0, `phone ${day}. `);
      const notes = workoutNotes(laptop.doc, `w${day}`);
      notes?.insert(notes.length, `laptop ${day}.`);
    }
    phone.provider.connect();
    laptop.provider.connect();
    await converged([phone.doc, laptop.doc]);

    for (const doc of [phone.doc, laptop.doc]) {
      for (let day = 0; day < 7; day++) {
        const date = isoDay(start, day);
        expect(doc.getMap('dayFields').get(`${date}|sleepH`)).toBe(6 + day / 2);
        expect(doc.getMap('dayFields').get(`${date}|mood`)).toBe(1 + (day % 5));
        expect(doc.getMap('fuel').has(`fuel-phone-${day}`)).toBe(true);
        expect(doc.getMap('fuel').has(`fuel-laptop-${day}`)).toBe(true);
        expect(doc.getMap('subjective').get(`act-${day}|rpe`)).toBe(3 + (day % 6));
        const workout = doc.getMap<Y.Map<unknown>>('workouts').get(`w${day}`);
        expect(workout?.get('status')).toBe('done');
        expect(workout?.get('durationMin')).toBe(40 + day);
        const notes = workoutNotes(doc, `w${day}`)?.toString() ?? '';
        expect(notes).toContain(`phone ${day}. `);
        expect(notes).toContain(`laptop ${day}.`);
      }
    }
    destroyAll([phone, laptop]);
  });
});
