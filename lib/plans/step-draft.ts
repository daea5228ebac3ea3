import { z } from 'zod';
import type { SimpleStep, StepLength, StepTarget, WorkoutStep } from '@/engine/workout/types';
import { formatClock } from '@/engine/units/clock';
import { paceInputToSPerKm, paceSPerKmToUnits, parseDuration } from '@/lib/format/units';
import type { Units } from '@/lib/store/profile-schema';
import { workoutStepSchema } from '@/lib/store/workout-schema';

/**
 * The step editor's working copy: every number as the text the athlete typed, in their units
 * (pace per km or mile, split per 500 m, time as minutes or m:ss, distance in metres), turned into
 * the engine's steps only on save and checked there with the engine's zod schema.
 */
export type DraftTarget = { kind: StepTarget['kind']; low: string; high: string };
export type DraftStep = {
  kind: SimpleStep['kind'];
  lengthKind: StepLength['kind'];
  amount: string;
  targets: DraftTarget[];
  note: string;
};
export const emptyStep = (kind: DraftStep['kind']): DraftStep => ({
  kind,
  lengthKind: 'time',
  amount: '10',
  targets: [],
  note: '',
});

/** "Step 2", or "Repeat 2, step 1" inside a repeat. */
export const stepLabel = (block: number, inner?: number) =>
  inner === undefined ? `Step ${block + 1}` : `Repeat ${block + 1}, step ${inner + 1}`;

export type DraftBlock =
  { type: 'step'; step: DraftStep } | { type: 'repeat'; count: string; steps: DraftStep[] };

const clock = (s: number) =>
  Math.abs(s - Math.round(s / 60) * 60) < 0.5 ? String(Math.round(s / 60)) : formatClock(s);

function targetDraft(t: StepTarget, units: Units): DraftTarget {
  switch (t.kind) {
    case 'pace':
      return {
        kind: t.kind,
        low: formatClock(paceSPerKmToUnits(t.fastestSPerKm, units)),
        high: formatClock(paceSPerKmToUnits(t.slowestSPerKm, units)),
      };
    case 'split':
      return { kind: t.kind, low: formatClock(t.fastestS500m), high: formatClock(t.slowestS500m) };
    case 'power':
      return { kind: t.kind, low: String(Math.round(t.minW)), high: String(Math.round(t.maxW)) };
    case 'strokeRate':
      return { kind: t.kind, low: String(t.minSpm), high: String(t.maxSpm) };
    case 'heartRateZone':
      return { kind: t.kind, low: String(t.zone), high: '' };
  }
}

function stepDraft(s: SimpleStep, units: Units): DraftStep {
  const amount =
    s.length.kind === 'time'
      ? clock(s.length.durationS)
      : s.length.kind === 'distance'
        ? String(Math.round(s.length.distanceM))
        : '';
  return {
    kind: s.kind,
    lengthKind: s.length.kind,
    amount,
    targets: s.targets.map((t) => targetDraft(t, units)),
    note: s.note ?? '',
  };
}

export function toDraft(steps: readonly WorkoutStep[], units: Units): DraftBlock[] {
  return steps.map((s) =>
    s.kind === 'repeat'
      ? { type: 'repeat', count: String(s.count), steps: s.steps.map((x) => stepDraft(x, units)) }
      : { type: 'step', step: stepDraft(s, units) },
  );
}

/** Minutes ("12", "7.5") or a clock ("7:30"), to seconds. */
export function parseMinutes(text: string): number | null {
  const t = text.trim();
  if (t.includes(':')) return parseDuration(t);
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? n * 60 : null;
}

const num = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** The engine's target from a draft; NaN where the text is not a number, for the schema to refuse. */
function target(d: DraftTarget, units: Units, original?: StepTarget): StepTarget {
  const clockOf = (text: string) => parseDuration(text.trim()) ?? NaN;
  switch (d.kind) {
    case 'pace':
      return {
        kind: 'pace',
        fastestSPerKm: paceInputToSPerKm(clockOf(d.low), units),
        slowestSPerKm: paceInputToSPerKm(clockOf(d.high || d.low), units),
      };
    case 'split':
      return {
        kind: 'split',
        fastestS500m: clockOf(d.low),
        slowestS500m: clockOf(d.high || d.low),
      };
    case 'power':
      return { kind: 'power', minW: num(d.low), maxW: num(d.high || d.low) };
    case 'strokeRate':
      return { kind: 'strokeRate', minSpm: num(d.low), maxSpm: num(d.high || d.low) };
    case 'heartRateZone': {
      const zone = num(d.low) as 1 | 2 | 3 | 4 | 5;
      // The bpm of an unchanged zone are kept; a new zone's bpm are unknown until zones are set.
      const same = original?.kind === 'heartRateZone' && original.zone === zone;
      return {
        kind: 'heartRateZone',
        zone,
        minBpm: same ? original.minBpm : null,
        maxBpm: same ? original.maxBpm : null,
      };
    }
  }
}

function length(d: DraftStep): StepLength {
  if (d.lengthKind === 'open') return { kind: 'open' };
  if (d.lengthKind === 'time') return { kind: 'time', durationS: parseMinutes(d.amount) ?? NaN };
  return { kind: 'distance', distanceM: num(d.amount) };
}

function simple(d: DraftStep, units: Units, original: SimpleStep | undefined): SimpleStep {
  return {
    kind: d.kind,
    length: length(d),
    targets: d.targets.map((t, i) => target(t, units, original?.targets[i])),
    note: d.note.trim() === '' ? null : d.note.trim(),
  };
}

const [simpleStepSchema] = workoutStepSchema.options;
const targetSchema = simpleStepSchema.shape.targets.element;

/** A range reads from its faster or lower end: 4:10–4:20 /km, 180–200 W. */
function ordered(t: StepTarget): boolean {
  if (t.kind === 'pace') return t.fastestSPerKm <= t.slowestSPerKm;
  if (t.kind === 'split') return t.fastestS500m <= t.slowestS500m;
  if (t.kind === 'power') return t.minW > 0 && t.minW <= t.maxW;
  if (t.kind === 'strokeRate') return t.minSpm > 0 && t.minSpm <= t.maxSpm;
  return t.zone >= 1 && t.zone <= 5;
}

function stepProblems(step: SimpleStep, label: string): string[] {
  const out: string[] = [];
  if (!simpleStepSchema.shape.length.safeParse(step.length).success)
    out.push(`${label}: the length needs a number above 0.`);
  step.targets.forEach((t, k) => {
    const where = `${label}, target ${k + 1}`;
    if (!targetSchema.safeParse(t).success || Object.values(t).some((v) => Number.isNaN(v)))
      out.push(
        `${where}: enter ${t.kind === 'pace' || t.kind === 'split' ? 'times like 4:30' : 'numbers'}.`,
      );
    else if (!ordered(t))
      out.push(`${where}: the range reads from the faster or lower end to the other.`);
  });
  return out;
}

/** What is wrong, step by step, in the editor's own labels. */
function problems(steps: readonly WorkoutStep[]): string[] {
  if (steps.length === 0) return ['A workout needs at least one step.'];
  return steps.flatMap((s, i) => {
    if (s.kind !== 'repeat') return stepProblems(s, stepLabel(i));
    const own: string[] = [];
    if (!(Number.isInteger(s.count) && s.count > 0))
      own.push(`Repeat ${i + 1}: the number of times must be a whole number above 0.`);
    if (s.steps.length === 0) own.push(`Repeat ${i + 1} needs at least one step.`);
    return [...own, ...s.steps.flatMap((x, j) => stepProblems(x, stepLabel(i, j)))];
  });
}

export type DraftResult = { ok: true; steps: WorkoutStep[] } | { ok: false; errors: string[] };

/** The engine's steps from the draft, or what is wrong, step by step, in plain words. */
export function fromDraft(
  draft: readonly DraftBlock[],
  units: Units,
  original: readonly WorkoutStep[] = [],
): DraftResult {
  const steps: WorkoutStep[] = draft.map((b, i) => {
    const before = original[i];
    if (b.type === 'step')
      return simple(b.step, units, before?.kind !== 'repeat' ? before : undefined);
    return {
      kind: 'repeat',
      count: num(b.count),
      steps: b.steps.map((s, j) =>
        simple(s, units, before?.kind === 'repeat' ? before.steps[j] : undefined),
      ),
    };
  });
  const errors = problems(steps);
  if (errors.length > 0) return { ok: false, errors };
  // The engine's schema has the last word on what a workout may hold.
  const parsed = z.array(workoutStepSchema).safeParse(steps);
  return parsed.success
    ? { ok: true, steps: parsed.data }
    : { ok: false, errors: ['These steps cannot be saved as they are.'] };
}
