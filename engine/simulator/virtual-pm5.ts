/**
 * A virtual Concept2 PM5: a rowing model behind the real PM5 byte protocol. Given simulated time
 * and the rower's effort it returns the notifications a PM5 would send — time-driven status every
 * sample period, stroke records at the end of each drive and recovery, split/interval records at
 * each boundary, and the summary at the end — encoded by the same encoders whose decoders read
 * real monitors. Workouts arrive as CSAFE frames on the control characteristic, exactly as an app
 * writes them to hardware. Pure: no timers; the caller advances time (at any speed factor).
 * Behaviour follows docs/pm5.md.
 */
import { z } from 'zod';
import { caloriesPerHour } from '../rowing/concept2.ts';
import { pm5Uuid, PM5_CHARACTERISTICS } from '../protocols/uuids.ts';
import {
  encodeDirect,
  encodeMultiplexed,
  isMuxOnly,
  PM5_RECORD_IDS,
  type Pm5Record,
} from '../protocols/pm5/multiplexed.ts';
import { forceCurvePackets } from '../protocols/pm5/force-curve.ts';
import { SAMPLE_RATE_PERIOD_MS } from '../protocols/pm5/enums.ts';
import { EMPTY_REASSEMBLY } from '../protocols/csafe/reassembler.ts';
import { nextJitter, seedPrng } from './prng.ts';
import { forceCurveLbs, strokeShape } from './rowing-stroke.ts';
import { EMPTY_DRAFT, JUST_ROW } from './pm5-program.ts';
import { checkBoundaries, startNextInterval, startSplit } from './pm5-intervals.ts';
import { statusRecords, strokeRecords, summaryRecords } from './pm5-records.ts';
import { ZERO_TOTALS, type Pm5State, type Totals } from './pm5-state.ts';
import type { Pm5Form } from '../protocols/pm5/form.ts';
import { PM5_LIMITS, type Pm5Limits } from '../protocols/csafe/pm5-limits.ts';

export type { Pm5State } from './pm5-state.ts';

import type { Notification } from './notification.ts';

export type { Notification } from './notification.ts';

/** What the rower is doing: 0 W means not rowing. Heart rate is what a paired belt would forward. */
export const rowerEffortSchema = z.object({
  powerW: z.number().min(0).max(2000),
  strokeRateSpm: z.number().min(0).max(60),
  heartRateBpm: z.number().min(0).max(254).nullable().optional(),
});

export type RowerEffort = z.infer<typeof rowerEffortSchema>;

export type VirtualPm5Options = {
  seed?: number;
  dragFactor?: number;
  /** 'mux' sends every record on 0x0080, as when an app subscribes to the multiplexed characteristic. */
  channel?: Pm5Form;
  /** Stamped on the end-of-workout summary ("YYYY-MM-DD", "HH:MM"): the caller's clock, not ours. */
  logDate?: string;
  logTime?: string;
  /** Tighter limits than a current PM5's, as an older firmware might have. */
  limits?: Partial<Pm5Limits>;
};

const STEP_S = 0.01;

/** A rower's effort for a 0–1 level: 80 W at 18 spm easy, 300 W at 32 spm flat out. */
export function rowerEffortForLevel(level: number): RowerEffort {
  const l = Math.min(1, Math.max(0, level));
  return l === 0
    ? { powerW: 0, strokeRateSpm: 0 }
    : { powerW: 80 + 220 * l, strokeRateSpm: 18 + 14 * l };
}

export function createVirtualPm5(options: VirtualPm5Options = {}): Pm5State {
  return {
    prng: seedPrng(options.seed ?? 1),
    channel: options.channel ?? 'direct',
    dragFactor: options.dragFactor ?? 120,
    logDate: options.logDate ?? '2026-01-01',
    logTime: options.logTime ?? '12:00',
    samplePeriodS: 0.5,
    clockS: 0,
    carryS: 0,
    nextSampleAtS: 0,
    program: JUST_ROW,
    draft: EMPTY_DRAFT,
    csafe: EMPTY_REASSEMBLY,
    frameToggle: false,
    limits: { ...PM5_LIMITS, ...options.limits },
    phase: 'waiting',
    endShown: false,
    recoveryInS: null,
    recoveryHeartRateBpm: 0,
    segmentIndex: 0,
    intervalElapsedS: 0,
    intervalDistanceM: 0,
    intervalCaloriesKcal: 0,
    restRemainingS: 0,
    previousIntervalsM: 0,
    completedIntervals: 0,
    stroke: { phase: 'idle', phaseS: 0, shape: null, strokeRateSpm: 0, count: 0, lastRecoveryS: 0 },
    heartRateBpm: null,
    heartRateRange: null,
    totals: ZERO_TOTALS,
    splitStart: { ...ZERO_TOTALS, intervalElapsedS: 0, intervalDistanceM: 0 },
    splitNumber: 0,
    lastSplit: { timeS: 0, distanceM: 0 },
  };
}

/** The sample rate characteristic 0x0034: 0 = 1 s, 1 = 500 ms (default), 2 = 250 ms, 3 = 100 ms. */
export function setVirtualPm5SampleRate(state: Pm5State, code: number): Pm5State {
  const periodMs = SAMPLE_RATE_PERIOD_MS[code];
  if (periodMs === undefined) throw new RangeError(`PM5 sample rate code ${code} is not 0–3.`);
  return { ...state, samplePeriodS: periodMs / 1000 };
}

/** Records with no characteristic of their own (0x3C) go to 0x0080 on either channel, as on a PM5. */
export function toNotifications(state: Pm5State, records: Pm5Record[]): Notification[] {
  return records.map((record) =>
    state.channel === 'mux' || isMuxOnly(record)
      ? { characteristic: PM5_CHARACTERISTICS.multiplexed, bytes: encodeMultiplexed(record) }
      : { characteristic: pm5Uuid(PM5_RECORD_IDS[record.record]), bytes: encodeDirect(record) },
  );
}

function forceCurveRecords(s: Pm5State): Pm5Record[] {
  if (!s.stroke.shape) return [];
  const wordsPerPacket = s.channel === 'mux' ? 8 : 9;
  return forceCurvePackets(forceCurveLbs(s.stroke.shape), wordsPerPacket).map((value) => ({
    record: 'pm5-force-curve',
    value,
  }));
}

function beginStroke(s: Pm5State, effort: RowerEffort): void {
  const power = nextJitter(s.prng, 0.03);
  const rate = nextJitter(power.state, 0.02);
  s.prng = rate.state;
  s.stroke = {
    ...s.stroke,
    phase: 'drive',
    phaseS: 0,
    strokeRateSpm: effort.strokeRateSpm * rate.value,
    shape: strokeShape(effort.powerW * power.value, effort.strokeRateSpm * rate.value),
  };
}

function advanceStroke(s: Pm5State, effort: RowerEffort, out: Pm5Record[]): void {
  const rowingNow = effort.powerW > 0 && effort.strokeRateSpm > 0;
  if (s.stroke.phase === 'idle') {
    if (rowingNow) beginStroke(s, effort);
    return;
  }
  const shape = s.stroke.shape;
  if (!shape) return;
  s.stroke.phaseS += STEP_S;
  if (s.stroke.phase === 'drive' && s.stroke.phaseS >= shape.driveTimeS) {
    s.stroke = { ...s.stroke, phase: 'recovery', phaseS: 0, count: s.stroke.count + 1 };
    s.totals = {
      ...s.totals,
      strokes: s.totals.strokes + 1,
      strokeRateSum: s.totals.strokeRateSum + s.stroke.strokeRateSpm,
    };
    out.push(...strokeRecords(s, 'end-of-drive'), ...forceCurveRecords(s));
  } else if (s.stroke.phase === 'recovery' && s.stroke.phaseS >= shape.recoveryTimeS) {
    s.stroke.lastRecoveryS = shape.recoveryTimeS;
    out.push(...strokeRecords(s, 'end-of-recovery'));
    s.stroke = { ...s.stroke, phase: 'idle', phaseS: 0 };
    if (rowingNow) beginStroke(s, effort);
  }
}

function accumulate(s: Pm5State, dtS: number): void {
  const stroking = s.stroke.phase !== 'idle' && s.stroke.shape !== null;
  const powerW = stroking ? (s.stroke.shape?.powerW ?? 0) : 0;
  const distanceM = stroking ? (s.stroke.shape?.speedMps ?? 0) * dtS : 0;
  const caloriesKcal = stroking ? (caloriesPerHour(powerW) / 3600) * dtS : 0;
  s.intervalElapsedS += dtS;
  s.intervalDistanceM += distanceM;
  s.intervalCaloriesKcal += caloriesKcal;
  const t: Totals = s.totals;
  s.totals = {
    ...t,
    workS: t.workS + dtS,
    distanceM: t.distanceM + distanceM,
    energyJ: t.energyJ + powerW * dtS,
    caloriesKcal: t.caloriesKcal + caloriesKcal,
    heartRateSum: t.heartRateSum + (s.heartRateBpm ?? 0) * dtS,
    heartRateSamples: t.heartRateSamples + (s.heartRateBpm === null ? 0 : dtS),
  };
}

function step(s: Pm5State, effort: RowerEffort, out: Pm5Record[]): void {
  s.clockS += STEP_S;
  if (s.phase === 'waiting' && effort.powerW > 0) {
    s.phase = 'work';
    startSplit(s);
  }
  if (s.phase === 'work') {
    advanceStroke(s, effort, out);
    accumulate(s, STEP_S);
    checkBoundaries(s, out);
  } else if (s.phase === 'rest') {
    s.restRemainingS = Math.max(0, s.restRemainingS - STEP_S);
    if (s.restRemainingS <= 1e-9) startNextInterval(s);
  } else if (s.phase === 'finished' && s.recoveryInS !== null) {
    s.recoveryInS -= STEP_S;
    if (s.recoveryInS <= 1e-9) {
      s.recoveryInS = null;
      s.recoveryHeartRateBpm = Math.round(s.heartRateBpm ?? 0);
      out.push(...summaryRecords(s).filter((r) => r.record === 'pm5-workout-summary'));
    }
  }
  if (s.clockS + 1e-9 >= s.nextSampleAtS) {
    out.push(...statusRecords(s));
    if (s.phase === 'finished') s.endShown = true;
    s.nextSampleAtS += s.samplePeriodS;
  }
}

/** Advances the monitor by dtS seconds of simulated time (in 10 ms steps). */
export function tickVirtualPm5(
  state: Pm5State,
  dtS: number,
  effort: RowerEffort,
): { state: Pm5State; notifications: Notification[] } {
  const checked = rowerEffortSchema.parse(effort);
  const s = structuredClone(state);
  s.heartRateBpm = checked.heartRateBpm ?? null;
  if (s.heartRateBpm !== null && s.phase === 'work') {
    const range = s.heartRateRange ?? { minBpm: s.heartRateBpm, maxBpm: s.heartRateBpm };
    s.heartRateRange = {
      minBpm: Math.min(range.minBpm, s.heartRateBpm),
      maxBpm: Math.max(range.maxBpm, s.heartRateBpm),
    };
  }
  const out: Pm5Record[] = [];
  if (!(dtS >= 0)) throw new RangeError('A tick must move time forward (dtS ≥ 0).');
  const total = s.carryS + dtS;
  const steps = Math.floor(total / STEP_S + 1e-9);
  s.carryS = Math.max(0, total - steps * STEP_S);
  for (let i = 0; i < steps; i++) step(s, checked, out);
  return { state: s, notifications: toNotifications(s, out) };
}
