import type { Athlete } from '../activity/athlete.ts';
import type { LoadMethod } from '../load/choose-load.ts';
import type { Assumption } from './assumption.ts';

/**
 * Which of the athlete's defaults a set of loads leaned on, each said out loud: an easy hour at
 * 4:00 /km scores 156 rTSS against the default threshold pace of 5:00 /km and 63 against a real
 * 3:10, and fitness, fatigue, form, the load ratio and readiness all inherit that. Only defaults
 * the loads actually used are listed: running TSS uses threshold pace; rowing power TSS the rowing
 * threshold power (from the 2k by Paul's law when not given); heart-rate stress (HRSS) the maximum,
 * resting and threshold heart rates and the sex that picks Banister's TRIMP coefficients.
 */
export type LoadUse = { method: LoadMethod; sport: 'run' | 'row' | 'other' };

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

const TEXT: Record<string, (a: Athlete) => [number | string, string]> = {
  thresholdPaceSPerKm: (a) => [
    a.thresholdPaceSPerKm,
    `Running load is scored against a threshold pace of ${clock(a.thresholdPaceSPerKm)} /km, a default; with your own every running load changes.`,
  ],
  best2kS: (a) => [
    a.best2kS,
    `Rowing load is scored against a threshold power of ${Math.round(a.rowingFtpW)} W from a default 2k of ${clock(a.best2kS)}; give your 2k for your own.`,
  ],
  rowingFtpW: (a) => [
    a.rowingFtpW,
    `Rowing threshold power is estimated at ${Math.round(a.rowingFtpW)} W from your 2k (Paul's law); give it if you know it.`,
  ],
  maxHr: (a) => [a.maxHr, `Maximum heart rate is taken as ${a.maxHr} bpm, a default.`],
  restHr: (a) => [a.restHr, `Resting heart rate is taken as ${a.restHr} bpm, a default.`],
  lthr: (a) => [
    Math.round(a.lthr),
    `Threshold heart rate is taken as ${Math.round(a.lthr)} bpm (resting + 85 % of the reserve), a default.`,
  ],
  sex: (a) => [
    a.sex,
    `Heart-rate load uses the ${a.sex === 'male' ? 'men' : 'women'}'s TRIMP coefficients, a default; say which fits you.`,
  ],
};

function fieldsUsed(use: LoadUse, given: ReadonlySet<string>): string[] {
  if (use.method === 'running-tss') return ['thresholdPaceSPerKm'];
  if (use.method === 'hrss') return ['maxHr', 'restHr', 'lthr', 'sex'];
  if (use.method === 'power-tss' && use.sport === 'row' && !given.has('rowingFtpW'))
    return [given.has('best2kS') ? 'rowingFtpW' : 'best2kS'];
  return [];
}

/** The defaults behind these loads, given which athlete fields the athlete set (by field name). */
export function loadAssumptions(
  athlete: Athlete,
  given: ReadonlySet<string>,
  uses: readonly LoadUse[],
): Assumption[] {
  const fields = new Set<string>();
  for (const use of uses)
    for (const field of fieldsUsed(use, given)) if (!given.has(field)) fields.add(field);
  return Object.keys(TEXT)
    .filter((field) => fields.has(field))
    .map((field) => {
      const [value, text] = TEXT[field]!(athlete);
      return { field, value, text };
    });
}
