import type { FitnessFor } from '@/lib/store/index-sync';
import { getEngine } from './engine-client';

/** Fitness, fatigue and form per day, computed in the engine worker. */
export const fitnessFor: FitnessFor = (loads) => getEngine().fitnessSeries(loads);
