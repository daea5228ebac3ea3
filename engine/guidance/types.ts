import type { SimpleStep, TargetKind } from '../workout/types.ts';

/** One live reading. Any sensor may be missing (null); `lap` is the athlete pressing lap. */
export type GuidanceSample = {
  elapsedS: number;
  distanceM: number | null;
  heartRateBpm: number | null;
  speedMps: number | null;
  powerW: number | null;
  strokeRateSpm: number | null;
  lap?: boolean;
};

/** Relative to effort: below = easier than the target, above = harder. */
export type TargetStatus = 'below' | 'in' | 'above';

export type GuidanceEvent =
  | { type: 'stepStarted'; index: number; step: SimpleStep }
  | { type: 'stepEnded'; index: number }
  | { type: 'workoutEnded' }
  | { type: 'remaining'; timeS: number | null; distanceM: number | null }
  | { type: 'targetStatus'; target: TargetKind; status: TargetStatus; value: number }
  | { type: 'drift'; heartRateBpm: number }
  | { type: 'milestone'; distanceM: number; splitS: number }
  | { type: 'cue'; text: string };

/** Per-target tracking: the committed status and a candidate that must hold before it is committed. */
export type TargetTrack = {
  kind: TargetKind;
  status: TargetStatus | null;
  candidate: TargetStatus | null;
  candidateSinceS: number;
  smoothed: number | null;
};

export type GuidanceState = {
  sport: 'run' | 'row';
  steps: SimpleStep[];
  index: number;
  stepStartS: number;
  stepStartM: number;
  lastSampleS: number | null;
  lastDistanceM: number;
  tracks: TargetTrack[];
  /** When any cue was last spoken, and when the current off-target condition was last cued. */
  lastCueS: number;
  lastCorrectionS: number;
  announced: number[];
  /** A return to target worth a kind word once the cue gap allows. */
  praiseDue: boolean;
  driftSinceS: number | null;
  driftCued: boolean;
  nextMilestoneM: number;
  lastMilestoneS: number;
  finished: boolean;
};
