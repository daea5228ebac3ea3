import { flattenSteps } from '../workout/flatten-steps.ts';
import type { PlannedWorkout, SimpleStep, StepTarget } from '../workout/types.ts';
import {
  BACK_ON_TARGET,
  DRIFT_TEXT,
  WORKOUT_DONE,
  correctionText,
  milestoneText,
  remainingText,
  stepStartText,
} from './cue-text.ts';
import { distanceOutside, hasBand, nextStatus, readingFor } from './target-status.ts';
import type { GuidanceEvent, GuidanceSample, GuidanceState, TargetTrack } from './types.ts';

/**
 * Live guidance as a pure step function: `guidanceStep(state, sample) → { state, events }`.
 * Readings are smoothed (5 s time constant), a new target status must hold for 5 s before it counts,
 * and spoken cues are spaced: at least 15 s apart, and the same correction at most every 45 s.
 * Drift: heart rate above its zone for over a minute while pace or power is on target.
 */
export const SMOOTHING_S = 5;
export const DWELL_S = 5;
export const MIN_CUE_GAP_S = 15;
export const REPEAT_CORRECTION_S = 45;
export const DRIFT_AFTER_S = 60;

const OPEN_STEP: SimpleStep = { kind: 'work', length: { kind: 'open' }, targets: [], note: null };

const tracksFor = (step: SimpleStep): TargetTrack[] =>
  step.targets.filter(hasBand).map((t) => ({
    kind: t.kind,
    status: null,
    candidate: null,
    candidateSinceS: 0,
    smoothed: null,
  }));

/** Starts guidance for a structured workout, or an open session (just run / just row) when null. */
export function startGuidance(
  workout: Pick<PlannedWorkout, 'sport' | 'steps'> | null,
  sport: 'run' | 'row',
): GuidanceState {
  const steps = workout ? flattenSteps(workout.steps) : [OPEN_STEP];
  const first = steps[0] ?? OPEN_STEP;
  return {
    sport,
    steps: steps.length ? steps : [OPEN_STEP],
    index: 0,
    stepStartS: 0,
    stepStartM: 0,
    lastSampleS: null,
    lastDistanceM: 0,
    tracks: tracksFor(first),
    lastCueS: -Infinity,
    lastCorrectionS: -Infinity,
    announced: [],
    praiseDue: false,
    driftSinceS: null,
    driftCued: false,
    nextMilestoneM: 1000,
    lastMilestoneS: 0,
    finished: false,
  };
}

function stepDone(
  step: SimpleStep,
  s: GuidanceState,
  sample: GuidanceSample,
  distanceM: number,
): boolean {
  if (sample.lap) return true;
  if (step.length.kind === 'time') return sample.elapsedS - s.stepStartS >= step.length.durationS;
  if (step.length.kind === 'distance') return distanceM - s.stepStartM >= step.length.distanceM;
  return false;
}

function advance(
  s: GuidanceState,
  sample: GuidanceSample,
  distanceM: number,
  events: GuidanceEvent[],
): void {
  events.push({ type: 'stepEnded', index: s.index });
  const step = s.steps[s.index]!;
  // A finished time or distance step hands its overshoot to the next one.
  s.stepStartS =
    step.length.kind === 'time' && !sample.lap
      ? s.stepStartS + step.length.durationS
      : sample.elapsedS;
  s.stepStartM =
    step.length.kind === 'distance' && !sample.lap
      ? s.stepStartM + step.length.distanceM
      : distanceM;
  s.index += 1;
  s.announced = [];
  s.praiseDue = false;
  s.driftSinceS = null;
  s.driftCued = false;
  const next = s.steps[s.index];
  if (!next) {
    s.finished = true;
    events.push({ type: 'workoutEnded' }, { type: 'cue', text: WORKOUT_DONE });
    return;
  }
  s.tracks = tracksFor(next);
  events.push(
    { type: 'stepStarted', index: s.index, step: next },
    { type: 'cue', text: stepStartText(next) },
  );
  s.lastCueS = sample.elapsedS;
}

function announceRemaining(
  s: GuidanceState,
  step: SimpleStep,
  sample: GuidanceSample,
  distanceM: number,
  events: GuidanceEvent[],
): void {
  const marks =
    step.length.kind === 'time'
      ? [step.length.durationS >= 180 ? 60 : null, step.length.durationS >= 30 ? 10 : null]
      : step.length.kind === 'distance'
        ? [step.length.distanceM >= 2000 ? 1000 : null, step.length.distanceM >= 500 ? 250 : null]
        : [];
  const left =
    step.length.kind === 'time'
      ? step.length.durationS - (sample.elapsedS - s.stepStartS)
      : step.length.kind === 'distance'
        ? step.length.distanceM - (distanceM - s.stepStartM)
        : Infinity;
  for (const mark of marks) {
    if (mark === null || left > mark || s.announced.includes(mark)) continue;
    s.announced.push(mark);
    const isTime = step.length.kind === 'time';
    events.push({
      type: 'remaining',
      timeS: isTime ? mark : null,
      distanceM: isTime ? null : mark,
    });
    events.push({ type: 'cue', text: remainingText(isTime ? mark : null, isTime ? null : mark) });
    s.lastCueS = sample.elapsedS;
  }
}

function updateTracks(
  s: GuidanceState,
  step: SimpleStep,
  sample: GuidanceSample,
  dtS: number,
  events: GuidanceEvent[],
): StepTarget[] {
  const alpha = 1 - Math.exp(-dtS / SMOOTHING_S);
  const backIn: StepTarget[] = [];
  const targets = step.targets.filter(hasBand);
  s.tracks = s.tracks.map((track, i) => {
    const target = targets[i]!;
    const reading = readingFor(target, sample);
    if (reading === null || !Number.isFinite(reading)) return track;
    const smoothed =
      track.smoothed === null ? reading : track.smoothed + alpha * (reading - track.smoothed);
    const proposed = nextStatus(target, smoothed, track.status);
    const t = { ...track, smoothed };
    if (proposed === null || proposed === track.status) return { ...t, candidate: null };
    if (proposed !== track.candidate)
      return { ...t, candidate: proposed, candidateSinceS: sample.elapsedS };
    if (sample.elapsedS - track.candidateSinceS < DWELL_S) return t;
    events.push({ type: 'targetStatus', target: target.kind, status: proposed, value: smoothed });
    if (proposed === 'in' && track.status !== null) backIn.push(target);
    return { ...t, status: proposed, candidate: null };
  });
  return backIn;
}

/** Which target to talk about: pace/split/power on hard steps, heart rate first on easy ones. */
function correctionFor(
  s: GuidanceState,
  step: SimpleStep,
): { target: StepTarget; track: TargetTrack } | null {
  const targets = step.targets.filter(hasBand);
  const easy = step.targets.some((t) => t.kind === 'heartRateZone' && t.zone <= 2);
  const order = easy
    ? ['heartRateZone', 'pace', 'split', 'power', 'strokeRate']
    : ['pace', 'split', 'power', 'strokeRate', 'heartRateZone'];
  const off = s.tracks
    .map((track, i) => ({ track, target: targets[i]! }))
    .filter(({ track, target }) => {
      if (track.status === null || track.status === 'in') return false;
      // Below an easy heart-rate zone is fine: never nag someone for going gently.
      return !(target.kind === 'heartRateZone' && target.zone <= 2 && track.status === 'below');
    })
    .sort((a, b) => order.indexOf(a.target.kind) - order.indexOf(b.target.kind));
  return off[0] ?? null;
}

function speak(
  s: GuidanceState,
  step: SimpleStep,
  backIn: StepTarget[],
  nowS: number,
  events: GuidanceEvent[],
): void {
  const off = correctionFor(s, step);
  if (off) s.praiseDue = false;
  else if (backIn.length > 0) s.praiseDue = true;
  if (step.kind !== 'work' || nowS - s.lastCueS < MIN_CUE_GAP_S) return;
  if (off && nowS - s.lastCorrectionS >= REPEAT_CORRECTION_S) {
    const value = off.track.smoothed ?? 0;
    events.push({
      type: 'cue',
      text: correctionText(
        off.target,
        off.track.status!,
        value,
        distanceOutside(off.target, value),
      ),
    });
    s.lastCueS = nowS;
    s.lastCorrectionS = nowS;
  } else if (!off && s.praiseDue) {
    events.push({ type: 'cue', text: BACK_ON_TARGET });
    s.praiseDue = false;
    s.lastCueS = nowS;
    s.lastCorrectionS = -Infinity;
  }
}

function watchDrift(
  s: GuidanceState,
  step: SimpleStep,
  sample: GuidanceSample,
  events: GuidanceEvent[],
): void {
  const targets = step.targets.filter(hasBand);
  const statusOf = (kinds: string[]) =>
    s.tracks.find((t, i) => kinds.includes(targets[i]!.kind))?.status;
  const drifting =
    statusOf(['heartRateZone']) === 'above' && statusOf(['pace', 'split', 'power']) === 'in';
  if (!drifting) {
    s.driftSinceS = null;
    return;
  }
  s.driftSinceS ??= sample.elapsedS;
  if (s.driftCued || sample.elapsedS - s.driftSinceS < DRIFT_AFTER_S) return;
  s.driftCued = true;
  events.push(
    { type: 'drift', heartRateBpm: sample.heartRateBpm ?? 0 },
    { type: 'cue', text: DRIFT_TEXT },
  );
  s.lastCueS = sample.elapsedS;
  s.lastCorrectionS = sample.elapsedS;
}

function milestones(
  s: GuidanceState,
  step: SimpleStep,
  sample: GuidanceSample,
  distanceM: number,
  events: GuidanceEvent[],
): void {
  while (distanceM >= s.nextMilestoneM) {
    const splitS = sample.elapsedS - s.lastMilestoneS;
    events.push({ type: 'milestone', distanceM: s.nextMilestoneM, splitS });
    if (step.length.kind === 'open' && step.targets.length === 0) {
      events.push({ type: 'cue', text: milestoneText(s.sport, s.nextMilestoneM, splitS) });
      s.lastCueS = sample.elapsedS;
    }
    s.lastMilestoneS = sample.elapsedS;
    s.nextMilestoneM += 1000;
  }
}

export function guidanceStep(
  state: GuidanceState,
  sample: GuidanceSample,
): { state: GuidanceState; events: GuidanceEvent[] } {
  if (state.finished || (state.lastSampleS !== null && sample.elapsedS < state.lastSampleS)) {
    return { state, events: [] };
  }
  const s: GuidanceState = { ...state, announced: [...state.announced] };
  const events: GuidanceEvent[] = [];
  const distanceM = sample.distanceM ?? s.lastDistanceM;
  const dtS = s.lastSampleS === null ? 1 : Math.max(0, sample.elapsedS - s.lastSampleS);
  if (s.lastSampleS === null) {
    events.push(
      { type: 'stepStarted', index: 0, step: s.steps[0]! },
      { type: 'cue', text: stepStartText(s.steps[0]!) },
    );
    s.lastCueS = sample.elapsedS;
  }
  s.lastSampleS = sample.elapsedS;
  s.lastDistanceM = distanceM;
  milestones(s, s.steps[s.index]!, sample, distanceM, events);
  while (!s.finished && stepDone(s.steps[s.index]!, s, sample, distanceM)) {
    advance(s, sample, distanceM, events);
    if (sample.lap) break;
  }
  if (s.finished) return { state: s, events };
  const step = s.steps[s.index]!;
  announceRemaining(s, step, sample, distanceM, events);
  const backIn = updateTracks(s, step, sample, dtS, events);
  watchDrift(s, step, sample, events);
  speak(s, step, backIn, sample.elapsedS, events);
  return { state: s, events };
}
