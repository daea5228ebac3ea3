import type { PlannedWorkout, SimpleStep, StepTarget } from '../workout/types.ts';
import { addDays, daysBetween } from './calendar-date.ts';
import { segmentLoad } from './planned-load.ts';
import { matchActivities, type DoneActivity } from './match-activities.ts';
import { findSlot, roomFromPlan, type DayRoom, type NoSlot } from './reschedule-missed.ts';

/**
 * Revises the next 7–14 days from what was done, readiness and the load ratio. Rules, in order:
 * 1. Low readiness eases the next hard session within two days (keep-it-easy: an easy session of
 *    80 % of the time; rest-or-very-easy: a recovery session of half the time).
 * 2. An acute:chronic ratio above 1.5 (Williams EWMA; Gabbett 2016's "danger zone", disputed, so a
 *    cue rather than a rule of law) trims the next 7 days by 20 %, easing the second hard session.
 * 3. A key session missed in the last 7 days moves to the next day of its own plan week that has
 *    room and no hard session either side, taking the place of an easy session if need be (the
 *    easy one is let go) — the rule is in reschedule-missed.ts. When readiness is low, the load
 *    ratio is high, or no day qualifies, it is let go, and the note says why.
 * Locked workouts (a person edited them) and the race are never changed. Every change is proposed,
 * with a reason, for the athlete to accept or decline (applyChanges).
 */
export type PlanChange = {
  id: string;
  workoutId: string;
  kind: 'ease' | 'shorten' | 'move';
  before: PlannedWorkout;
  after: PlannedWorkout;
  reason: string;
  /** For a move onto a day that held an easy session: that session's id, let go if accepted. */
  replaces?: string;
};

export type AdaptInput = {
  workouts: PlannedWorkout[];
  done: DoneActivity[];
  today: string;
  readiness: {
    score: number | null;
    advice: 'asPlanned' | 'keepItEasy' | 'restOrVeryEasy' | null;
  } | null;
  acwr: number | null;
  /** How far ahead to revise, 7–14 days. */
  horizonDays?: number;
  /** A date on which plan weeks start (the plan's start); Monday weeks when not given. */
  weekStart?: string;
  /** The athlete's training days and minutes; read from the plan itself when not given. */
  availability?: DayRoom[];
};

export type Adaptation = { changes: PlanChange[]; notes: string[] };

const HARD = new Set(['tempo', 'intervals', 'racePace']);
/** Plan weeks run Monday to Sunday unless the input says where they start (any Monday will do). */
const MONDAY = '2024-01-01';
const LET_GO: Record<NoSlot | 'easing', string> = {
  easing: 'the next days are kept lighter so you can absorb what you have done',
  weekOver: 'its week is over, and next week brings its own key sessions',
  noRoom:
    'no later day this week has room for it without two hard days back to back, and rest is part of training too',
};
const ACWR_LIMIT = 1.5;
const TRIM = 0.8;

const weekdayName = (date: string) =>
  ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
    new Date(`${date}T00:00:00Z`).getUTCDay()
  ]!;

/** Easy targets borrowed from an easy session in the plan, so paces stay the athlete's own. */
function easyTargets(workouts: PlannedWorkout[], zone: 1 | 2): StepTarget[] {
  const easy = workouts.find((w) => w.type === (zone === 1 ? 'recovery' : 'easy'));
  const step = easy?.steps[0];
  if (step && step.kind !== 'repeat') return step.targets;
  return [{ kind: 'heartRateZone', zone, minBpm: null, maxBpm: null }];
}

function steady(
  base: PlannedWorkout,
  type: 'easy' | 'recovery',
  minutes: number,
  targets: StepTarget[],
): PlannedWorkout {
  const step: SimpleStep = {
    kind: 'work',
    length: { kind: 'time', durationS: minutes * 60 },
    targets,
    note: 'relaxed',
  };
  const name = type === 'easy' ? 'Easy' : 'Recovery';
  return {
    ...base,
    type,
    title: `${name} ${base.sport} · ${minutes} min`,
    description: 'Eased from the original plan to fit how you are doing.',
    durationMin: minutes,
    steps: [step],
    plannedLoad: Math.round(segmentLoad(minutes * 60, type === 'easy' ? 2 : 1) * 10) / 10,
    key: false,
  };
}

const round5 = (m: number) => Math.max(20, Math.round(m / 5) * 5);

/** The same easy, recovery or long session, shorter; the long one stays the week's key session. */
function shortened(base: PlannedWorkout, factor: number, targets: StepTarget[]): PlannedWorkout {
  const type = base.type === 'recovery' ? 'recovery' : 'easy';
  const after = steady(base, type, round5(base.durationMin * factor), targets);
  return base.type === 'long'
    ? { ...after, type: 'long', key: true, title: after.title.replace('Easy', 'Long') }
    : after;
}

export function adaptPlan(input: AdaptInput): Adaptation {
  const horizon = Math.min(14, Math.max(7, input.horizonDays ?? 10));
  const end = addDays(input.today, horizon - 1);
  const editable = (w: PlannedWorkout) => !w.locked && w.type !== 'race';
  const upcoming = input.workouts
    .filter((w) => w.date >= input.today && w.date <= end)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const changes = new Map<string, PlanChange>();
  const notes: string[] = [];
  const easy2 = easyTargets(input.workouts, 2);
  const easy1 = easyTargets(input.workouts, 1);
  const propose = (
    before: PlannedWorkout,
    after: PlannedWorkout,
    kind: PlanChange['kind'],
    reason: string,
    replaces?: string,
  ) => {
    if (!editable(before)) return;
    changes.set(before.id, {
      id: `${kind}-${before.id}`,
      workoutId: before.id,
      kind,
      before,
      after,
      reason,
      ...(replaces === undefined ? {} : { replaces }),
    });
  };

  const advice = input.readiness?.advice ?? null;
  const lowReadiness = advice === 'keepItEasy' || advice === 'restOrVeryEasy';
  if (lowReadiness) {
    const score = input.readiness?.score;
    const nextHard = upcoming.find(
      (w) => HARD.has(w.type) && daysBetween(input.today, w.date) <= 1 && editable(w),
    );
    if (nextHard) {
      const after =
        advice === 'restOrVeryEasy'
          ? steady(nextHard, 'recovery', round5(nextHard.durationMin * 0.5), easy1)
          : steady(nextHard, 'easy', round5(nextHard.durationMin * 0.8), easy2);
      propose(
        nextHard,
        after,
        'ease',
        `Readiness is ${score ?? 'low'} today, so ${weekdayName(nextHard.date)}'s ${nextHard.title.split(' ·')[0]!.toLowerCase()} becomes an easy session — your body absorbs the training better when it is fresh, and the hard work comes back soon.`,
      );
    }
  }

  const highRatio = input.acwr !== null && input.acwr > ACWR_LIMIT;
  if (highRatio) {
    const week = upcoming.filter(
      (w) => daysBetween(input.today, w.date) < 7 && editable(w) && !changes.has(w.id),
    );
    const hard = week.filter((w) => HARD.has(w.type));
    const reason = `Your recent load is climbing fast (acute:chronic ${input.acwr!.toFixed(2)}); trimming this week by about a fifth keeps the build safe.`;
    for (const w of week) {
      // The first hard session keeps its quality; the second becomes easy; the rest get shorter.
      if (w === hard[1]) {
        propose(w, steady(w, 'easy', round5(w.durationMin * TRIM), easy2), 'ease', reason);
      } else if (!HARD.has(w.type)) propose(w, shortened(w, TRIM, easy2), 'shorten', reason);
    }
  }

  // Only the last week matters for missed sessions, so only its workouts and activities are paired.
  const weekAgo = addDays(input.today, -7);
  const recentPlanned = input.workouts.filter((w) => w.date >= weekAgo && w.date < input.today);
  const recentDone = input.done.filter(
    (a) => a.date >= addDays(weekAgo, -1) && a.date <= input.today,
  );
  const matches = matchActivities(recentPlanned, recentDone);
  const missed = recentPlanned.filter((w) => !matches.has(w.id) && w.type !== 'race');
  const room = input.availability ?? roomFromPlan(input.workouts);
  const doneDates = new Set(input.done.map((a) => a.date));
  for (const w of missed.filter((m) => m.key && editable(m))) {
    const label = w.title.split(' ·')[0]!.toLowerCase();
    const pending = [...changes.values()];
    const projected = applyChanges(input.workouts, pending, new Set(pending.map((c) => c.id)));
    const slot: ReturnType<typeof findSlot> | 'easing' =
      lowReadiness || highRatio
        ? 'easing'
        : findSlot({
            missed: w,
            workouts: projected,
            today: input.today,
            weekStart: input.weekStart ?? MONDAY,
            room,
            doneDates,
          });
    if (typeof slot === 'string') {
      notes.push(
        `${weekdayName(w.date)}'s ${label} did not happen — no problem, we let it go: ${LET_GO[slot]}.`,
      );
      continue;
    }
    const day = weekdayName(slot.date);
    const why = HARD.has(w.type)
      ? 'so no two hard days fall back to back'
      : 'so it does not crowd a hard day';
    const swap = slot.replaces
      ? `, in place of the ${slot.replaces.durationMin}-minute ${slot.replaces.type} session, which makes way`
      : '';
    propose(
      w,
      { ...w, id: `${slot.date}-${w.sport}-${w.type}`, date: slot.date },
      'move',
      `${weekdayName(w.date)}'s ${label} did not happen, so it moves to ${day}${swap}: ${day} has room for it and no hard session the day before or after, ${why}.`,
      slot.replaces?.id,
    );
  }
  if (missed.some((m) => !m.key))
    notes.push(
      'Easy sessions that did not happen are simply let go; consistency over weeks is what counts.',
    );
  const ordered = [...changes.values()].sort((a, b) =>
    a.before.date < b.before.date ? -1 : a.before.date > b.before.date ? 1 : a.id < b.id ? -1 : 1,
  );
  return { changes: ordered, notes };
}

/**
 * The plan after the athlete's choices: accepted changes applied, declined ones ignored. Locked
 * workouts are never altered even if a change names them.
 */
export function applyChanges(
  workouts: PlannedWorkout[],
  changes: PlanChange[],
  acceptedIds: ReadonlySet<string>,
): PlannedWorkout[] {
  const byWorkout = new Map(
    changes.filter((c) => acceptedIds.has(c.id)).map((c) => [c.workoutId, c]),
  );
  const moved = new Set(
    [...byWorkout.values()].filter((c) => c.kind === 'move').map((c) => c.after.id),
  );
  const replaced = new Set(
    [...byWorkout.values()].flatMap((c) => (c.replaces === undefined ? [] : [c.replaces])),
  );
  return workouts
    .filter((w) => !((moved.has(w.id) || replaced.has(w.id)) && !byWorkout.has(w.id)) || w.locked)
    .map((w) => {
      const change = byWorkout.get(w.id);
      return change && !w.locked ? change.after : w;
    });
}
