/**
 * The plain-data state of a virtual PM5: one rowing session on a programmable monitor. Kept in its
 * own module so the tick, the CSAFE handler and the record builders share one definition.
 */
import type { PrngState } from './prng.ts';
import type { StrokeShape } from './rowing-stroke.ts';
import type { Program, ProgramDraft } from './pm5-program.ts';
import type { CsafeReassembly } from '../protocols/csafe/reassembler.ts';
import type { Pm5Form } from '../protocols/pm5/form.ts';
import type { Pm5Limits } from '../protocols/csafe/pm5-limits.ts';

export type Pm5Phase = 'waiting' | 'work' | 'rest' | 'finished';

/** Running sums since a split (or the workout) began; subtract two to get one split's figures. */
export type Totals = {
  workS: number;
  distanceM: number;
  energyJ: number;
  caloriesKcal: number;
  strokes: number;
  strokeRateSum: number;
  heartRateSum: number;
  heartRateSamples: number;
};

export const ZERO_TOTALS: Totals = {
  workS: 0,
  distanceM: 0,
  energyJ: 0,
  caloriesKcal: 0,
  strokes: 0,
  strokeRateSum: 0,
  heartRateSum: 0,
  heartRateSamples: 0,
};

export type Pm5State = {
  prng: PrngState;
  channel: Pm5Form;
  dragFactor: number;
  logDate: string;
  logTime: string;
  /** Period of the time-driven records (0x0031–0x0033), from the 0x0034 sample rate. */
  samplePeriodS: number;
  clockS: number;
  /** Time handed to tick but not yet simulated (less than one 10 ms step). */
  carryS: number;
  nextSampleAtS: number;
  program: Program;
  draft: ProgramDraft;
  csafe: CsafeReassembly;
  frameToggle: boolean;
  /** What it accepts when programmed (the PM5's limits unless made tighter). */
  limits: Pm5Limits;
  phase: Pm5Phase;
  /** WORKOUTEND is shown once, then WORKOUTLOGGED. */
  endShown: boolean;
  /** Seconds until the summary is sent again with the recovery heart rate; null when not due. */
  recoveryInS: number | null;
  recoveryHeartRateBpm: number;
  segmentIndex: number;
  intervalElapsedS: number;
  intervalDistanceM: number;
  intervalCaloriesKcal: number;
  restRemainingS: number;
  /** Distance of the intervals before the current one (0x0031 total work distance). */
  previousIntervalsM: number;
  completedIntervals: number;
  stroke: {
    phase: 'idle' | 'drive' | 'recovery';
    phaseS: number;
    shape: StrokeShape | null;
    strokeRateSpm: number;
    /** Strokes in the current interval (the PM resets the count per interval). */
    count: number;
    lastRecoveryS: number;
  };
  heartRateBpm: number | null;
  /** Lowest and highest forwarded heart rate of the workout, for the summary. */
  heartRateRange: { minBpm: number; maxBpm: number } | null;
  totals: Totals;
  splitStart: Totals & { intervalElapsedS: number; intervalDistanceM: number };
  splitNumber: number;
  lastSplit: { timeS: number; distanceM: number };
};
