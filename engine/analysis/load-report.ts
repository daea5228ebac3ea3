import { resolveAthlete, type Athlete, type AthleteInput } from '../activity/athlete.ts';
import type { LoadMethod } from '../load/choose-load.ts';
import { loadFromBasis, type LoadBasis, type LoadExtras, type LoadFigures } from './load-basis.ts';
import { isCycling, isSwimming } from './sport-family.ts';

/**
 * An activity's load for the athlete's current settings, with the thresholds it was computed
 * against and which of them were the engine's defaults rather than the athlete's own: what the
 * app shows under "Load" ("threshold pace assumed 5:00/km — set yours in Settings").
 */
export type ThresholdName =
  | 'maxHr'
  | 'restHr'
  | 'lthr'
  | 'thresholdPaceSPerKm'
  | 'best2kS'
  | 'rowingFtpW'
  | 'cyclingFtpW'
  | 'swimThresholdPaceS100m';

export type ThresholdUse = {
  name: ThresholdName;
  value: number;
  /** True when the athlete has not set it and the engine's default (or estimate) was used. */
  assumed: boolean;
};

export type LoadReport = LoadFigures & {
  /** The thresholds behind the chosen load. */
  thresholds: ThresholdUse[];
  /** Why a figure the athlete might expect is missing (e.g. no cycling FTP for power load). */
  missing: ThresholdName[];
};

export type LoadReportResult =
  | { ok: true; report: LoadReport }
  | { ok: false; error: { type: 'InvalidAthlete'; message: string } };

function use(name: ThresholdName, athlete: Athlete, input: AthleteInput): ThresholdUse {
  return { name, value: athlete[name] as number, assumed: input[name] === undefined };
}

function thresholdsFor(
  method: LoadMethod,
  sport: string,
  athlete: Athlete,
  input: AthleteInput,
): ThresholdUse[] {
  switch (method) {
    case 'running-tss':
      return [use('thresholdPaceSPerKm', athlete, input)];
    case 'swim-tss':
      return [use('swimThresholdPaceS100m', athlete, input)];
    case 'power-tss':
      if (isCycling(sport)) return [use('cyclingFtpW', athlete, input)];
      // The rowing FTP follows from the 2k by Paul's law unless the athlete gave one.
      return input.rowingFtpW !== undefined
        ? [use('rowingFtpW', athlete, input)]
        : [use('best2kS', athlete, input), { ...use('rowingFtpW', athlete, input), assumed: true }];
    case 'hrss':
      return [
        use('maxHr', athlete, input),
        use('restHr', athlete, input),
        // Without its own value, threshold HR is estimated from max and rest: assumed.
        { ...use('lthr', athlete, input), assumed: input.lthr === undefined },
      ];
    default:
      return [];
  }
}

/** The athlete's parameters from their settings, or why they do not fit together. */
export function resolveForLoad(
  input: AthleteInput,
):
  | { ok: true; athlete: Athlete }
  | { ok: false; error: { type: 'InvalidAthlete'; message: string } } {
  try {
    return { ok: true, athlete: resolveAthlete(input) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { type: 'InvalidAthlete', message } };
  }
}

/**
 * `resolved` saves resolving the same settings again when many activities are reported at once.
 */
export function loadReport(
  basis: LoadBasis,
  sport: string,
  input: AthleteInput,
  extras: LoadExtras,
  resolved: ReturnType<typeof resolveForLoad> = resolveForLoad(input),
): LoadReportResult {
  if (!resolved.ok) return resolved;
  const athlete = resolved.athlete;
  const figures = loadFromBasis(basis, sport, athlete, extras);
  const missing: ThresholdName[] = [];
  if (isCycling(sport) && basis.powerW !== null && athlete.cyclingFtpW === null)
    missing.push('cyclingFtpW');
  if (isSwimming(sport) && athlete.swimThresholdPaceS100m === null)
    missing.push('swimThresholdPaceS100m');
  return {
    ok: true,
    report: {
      ...figures,
      thresholds: thresholdsFor(figures.load.method, sport, athlete, input),
      missing,
    },
  };
}
