import { pair } from './pair-target.ts';
import { SINGLE_TARGETS, type Target } from './targets.ts';

/** Every server the bench can run, in the order results are printed. */
export const TARGET_LIST: readonly Target[] = [...SINGLE_TARGETS, pair];
