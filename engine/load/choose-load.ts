/**
 * One load figure per activity, by the best data it has: power > pace (running, swimming) > heart
 * rate > the athlete's session RPE (SCIENCE.md §6 rec. 2, the order intervals.icu calls "training
 * load priority"). The method travels with the value so nobody mistakes an HRSS for a power TSS.
 */
export type LoadMethod = 'power-tss' | 'running-tss' | 'swim-tss' | 'hrss' | 'session-rpe' | 'none';

export type Load = { value: number | null; method: LoadMethod };

export type LoadCandidates = {
  powerTss: number | null;
  runningTss: number | null;
  swimTss?: number | null;
  hrss: number | null;
  sessionRpe?: number | null;
};

export function chooseLoad(c: LoadCandidates): Load {
  if (c.powerTss !== null) return { value: c.powerTss, method: 'power-tss' };
  if (c.runningTss !== null) return { value: c.runningTss, method: 'running-tss' };
  if (c.swimTss != null) return { value: c.swimTss, method: 'swim-tss' };
  if (c.hrss !== null) return { value: c.hrss, method: 'hrss' };
  if (c.sessionRpe != null) return { value: c.sessionRpe, method: 'session-rpe' };
  return { value: null, method: 'none' };
}
