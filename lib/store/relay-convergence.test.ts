import { randomUUID } from 'node:crypto';
import * as prng from 'lib0/prng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generatePlan } from '@/engine/plan/generate-plan';
import {
  connect,
  destroyAll,
  register,
  startTestRelay,
  synced,
  type Client,
  type TestRelay,
} from '@/sync-server/test-support/relay-harness';
import { planFromEngine } from '../plans/plan-from-engine';
import { addFuelEntry, readFuelEntries, readJournalDays, setJournalField } from './journal-doc';
import type { JournalDay, JournalDayField } from './journal-schema';
import { runMigrations } from './migrations/run-migrations';
import {
  applyAdaptedWorkout,
  editWorkout,
  readPlan,
  setWorkoutNotes,
  setWorkoutStatus,
  writeNewPlan,
} from './plan-doc';

// Three devices edit one plan and one journal through lib/store's own accessors while dropping
// off the network and coming back; one starts from a journal an older build wrote and migrates it
// while the others edit. Every replica and a fresh reader must converge on the same typed values.

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay();
});
afterAll(async () => {
  await relay.close();
});

type Device = { plan: Client; journal: Client; online: boolean };

function setOnline(device: Device, online: boolean) {
  device.online = online;
  for (const c of [device.plan, device.journal]) {
    if (online) c.provider.connect();
    else c.provider.disconnect();
  }
}

const dayOf = (gen: prng.PRNG) => `2026-12-${String(prng.int32(gen, 1, 28)).padStart(2, '0')}`;

/** A valid value for a journal field, as the journal screen would write it. */
function journalValue(gen: prng.PRNG, field: JournalDayField): JournalDay[JournalDayField] {
  if (field === 'sleepHours') return prng.int32(gen, 8, 20) / 2;
  if (field === 'rmssdMs') return prng.int32(gen, 20, 120);
  if (field === 'restingHrBpm') return prng.int32(gen, 38, 70);
  if (field === 'note') return prng.word(gen);
  return prng.int32(gen, 1, 5);
}

const journalFields: JournalDayField[] = ['sleepHours', 'rmssdMs', 'restingHrBpm', 'mood', 'note'];

type Tally = { fuelDates: string[]; edited: Set<string> };

/** One random step on one device, through the accessors the app's screens call. */
function randomEdit(gen: prng.PRNG, device: Device, tally: Tally) {
  const plan = device.plan.doc;
  // A handful of workouts, so edits and adaptations from different devices meet on the same ones.
  const workouts = readPlan(plan).workouts.slice(0, 6);
  const pick = prng.int32(gen, 0, 9);
  const workout = workouts.length > 0 ? prng.oneOf(gen, workouts) : null;
  if (workout && pick <= 1) {
    editWorkout(plan, workout.id, { durationMin: prng.int32(gen, 20, 90) });
    tally.edited.add(workout.id);
  } else if (workout && pick === 2) {
    setWorkoutStatus(plan, workout.id, prng.oneOf(gen, ['planned', 'done', 'skipped'] as const));
  } else if (workout && pick === 3) {
    setWorkoutNotes(plan, workout.id, `${workout.notes} ${prng.word(gen)}`.trim());
  } else if (workout && pick === 4) {
    const { status: _s, notes: _n, ...engineFields } = workout;
    applyAdaptedWorkout(plan, { ...engineFields, durationMin: prng.int32(gen, 15, 40) });
  } else if (pick <= 7) {
    const field = prng.oneOf(gen, journalFields);
    setJournalField(device.journal.doc, dayOf(gen), field, journalValue(gen, field));
  } else {
    const date = dayOf(gen);
    addFuelEntry(device.journal.doc, {
      date,
      carbsG: prng.int32(gen, 10, 90),
      fluidMl: prng.int32(gen, 0, 750),
      sodiumMg: null,
      note: '',
    });
    tally.fuelDates.push(date);
  }
}

function newPlanDoc(): Y.Doc {
  const made = generatePlan({
    sport: 'run',
    goal: '10k',
    raceDate: '2027-03-07',
    startDate: '2026-12-01',
    currentWeeklyMin: 150,
    days: ['tue', 'thu', 'sat', 'sun'].map((day) => ({ day, maxMin: null })),
    longDay: 'sun',
    experience: 'intermediate',
    best: { distanceM: 5000, timeS: 1500 },
    heartRateZones: null,
  });
  if (!made.ok) throw new Error(`the plan could not be made: ${JSON.stringify(made.error)}`);
  const { meta, weeks, workouts } = planFromEngine(made.plan, '10k', '2026-12-01T07:00:00.000Z');
  const doc = new Y.Doc();
  writeNewPlan(doc, meta, weeks, workouts);
  return doc;
}

/**
 * A journal as a build before flat day fields wrote it: one nested map per day, version 0, with
 * the app's old field names. `days` holds what each day must read as after migrating.
 */
function legacyJournal(): { doc: Y.Doc; days: Map<string, JournalDayField[]> } {
  const doc = new Y.Doc();
  const days = new Map<string, JournalDayField[]>();
  for (const day of [3, 9, 17]) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    const fields = { sleepH: 7 + day / 10, mood: 1 + (day % 5) };
    const map = new Y.Map<unknown>();
    for (const [field, value] of Object.entries(fields)) map.set(field, value);
    doc.getMap('days').set(date, map);
    days.set(date, ['sleepHours', 'mood']);
  }
  return { doc, days };
}

const stateOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('hex');

/** Resolves when every replica holds the same updates (state vectors match); fails after 15 s. */
function converged(docs: Y.Doc[]): Promise<void> {
  const same = () => docs.every((d) => stateOf(d) === stateOf(docs[0]!));
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      for (const d of docs) d.off('update', check);
    };
    const check = () => {
      if (!same()) return;
      stop();
      resolve();
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`replicas did not converge: ${docs.map(stateOf).join(' / ')}`));
    }, 15_000);
    for (const d of docs) d.on('update', check);
    check();
  });
}

describe('lib/store write paths through the relay, seeded', () => {
  it('converge on every device and for a fresh reader (set STORE_SEED to replay)', async () => {
    const seed = Number(process.env.STORE_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.info(`relay convergence seed: STORE_SEED=${seed}`);
    const gen = prng.create(seed);
    const user = await register(relay.http);
    const planName = `${user.athleteId}/plan/${randomUUID()}`;
    const journalName = `${user.athleteId}/journal`;
    const legacy = legacyJournal();
    const tally: Tally = { fuelDates: [], edited: new Set() };
    const devices: Device[] = [0, 1, 2].map((i) => ({
      plan: connect(relay.ws, planName, user.accessToken, i === 0 ? newPlanDoc() : new Y.Doc()),
      journal: connect(relay.ws, journalName, user.accessToken, i === 2 ? legacy.doc : undefined),
      online: true,
    }));
    const fresh: Client[] = [];
    try {
      // The old device is offline when it is updated: it migrates its own copy first.
      setOnline(devices[2]!, false);
      for (let step = 0; step < 300; step++) {
        const device = prng.oneOf(gen, devices);
        if (step === 60) {
          expect(runMigrations(devices[2]!.journal.doc, 'journal').applied).toEqual([
            'journal-v1-flat-fields',
            'journal-v2-engine-names',
          ]);
          setOnline(devices[2]!, true);
        }
        if (step > 60 && prng.int32(gen, 0, 19) === 0) setOnline(device, !device.online);
        randomEdit(gen, device, tally);
        // Let the sockets breathe now and then so edits interleave with delivery.
        if (step % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      for (const d of devices) setOnline(d, true);
      await converged(devices.map((d) => d.plan.doc));
      await converged(devices.map((d) => d.journal.doc));
      fresh.push(connect(relay.ws, planName, user.accessToken));
      fresh.push(connect(relay.ws, journalName, user.accessToken));
      await Promise.all(fresh.map((c) => synced(c.provider)));
      await converged([fresh[0]!.doc, ...devices.map((d) => d.plan.doc)]);
      await converged([fresh[1]!.doc, ...devices.map((d) => d.journal.doc)]);

      const plan = readPlan(fresh[0]!.doc);
      expect(plan.workouts.length).toBeGreaterThan(10);
      for (const d of devices) expect(readPlan(d.plan.doc)).toEqual(plan);
      for (const d of devices) {
        expect(readJournalDays(d.journal.doc)).toEqual(readJournalDays(fresh[1]!.doc));
      }
      // A person's edit locks a workout, and an accepted adaptation never unlocks it.
      for (const id of tally.edited) {
        expect(plan.workouts.find((w) => w.id === id)?.locked, `workout ${id}`).toBe(true);
      }
      const journal = fresh[1]!.doc;
      expect(
        readFuelEntries(journal)
          .map((f) => f.date)
          .sort(),
      ).toEqual(tally.fuelDates.sort());
      // The older build's days survive its migration, unless a newer flat value replaced them.
      const days = readJournalDays(journal);
      for (const [date, fields] of legacy.days) {
        for (const field of fields)
          expect(days.get(date)?.[field], `${date} ${field}`).not.toBeNull();
      }
      expect(journal.getMap('days').size).toBe(0);
      expect(runMigrations(journal, 'journal').applied).toEqual([]);
    } catch (error) {
      throw new Error(`convergence failed with STORE_SEED=${seed}: ${String(error)}`, {
        cause: error,
      });
    } finally {
      destroyAll([...fresh, ...devices.flatMap((d) => [d.plan, d.journal])]);
    }
  });
});
