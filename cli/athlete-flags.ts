import { ZodError } from 'zod';
import { resolveAthlete, type Athlete, type AthleteInput } from '../engine/activity/athlete.ts';
import { parseClock } from './clock.ts';
import { UsageError } from './io.ts';

/** The athlete flags `analyze` and `pmc` share, as node:util parseArgs options. */
export const athleteOptions = {
  'max-hr': { type: 'string' },
  'rest-hr': { type: 'string' },
  lthr: { type: 'string' },
  sex: { type: 'string' },
  'threshold-pace': { type: 'string' },
  'best-2k': { type: 'string' },
  'rowing-ftp': { type: 'string' },
  ftp: { type: 'string' },
} as const;

export type AthleteFlagValues = Partial<Record<keyof typeof athleteOptions, string>>;

const FLAG_OF_FIELD: Record<string, string> = {
  maxHr: '--max-hr',
  restHr: '--rest-hr',
  lthr: '--lthr',
  sex: '--sex',
  thresholdPaceSPerKm: '--threshold-pace',
  best2kS: '--best-2k',
  rowingFtpW: '--rowing-ftp',
  cyclingFtpW: '--ftp',
};

/** The athlete fields the flags set, by engine field name (the rest are the engine's defaults). */
export function givenAthleteFields(values: AthleteFlagValues): Set<string> {
  const flagOf = (field: string) => FLAG_OF_FIELD[field]!.slice(2) as keyof AthleteFlagValues;
  return new Set(Object.keys(FLAG_OF_FIELD).filter((field) => values[flagOf(field)] !== undefined));
}

function bpm(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag} must be a number of beats per minute, like 185.`);
  return n;
}

function watts(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0)) throw new UsageError(`${flag} must be a positive number of watts, like 250.`);
  return n;
}

/** Athlete parameters from flags, with the engine's documented defaults for what is not given. */
export function athleteFromFlags(values: AthleteFlagValues): Athlete {
  if (values.sex !== undefined && values.sex !== 'male' && values.sex !== 'female') {
    throw new UsageError('--sex must be "male" or "female".');
  }
  const input: AthleteInput = {
    maxHr: bpm(values['max-hr'], '--max-hr'),
    restHr: bpm(values['rest-hr'], '--rest-hr'),
    lthr: bpm(values.lthr, '--lthr'),
    sex: values.sex,
    thresholdPaceSPerKm:
      values['threshold-pace'] === undefined
        ? undefined
        : parseClock(values['threshold-pace'], '--threshold-pace'),
    best2kS:
      values['best-2k'] === undefined ? undefined : parseClock(values['best-2k'], '--best-2k'),
    rowingFtpW: watts(values['rowing-ftp'], '--rowing-ftp'),
    cyclingFtpW: watts(values.ftp, '--ftp'),
  };
  const given = Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== undefined),
  ) as AthleteInput;
  try {
    return resolveAthlete(given);
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      const field = String(issue?.path[0] ?? '');
      throw new UsageError(`${FLAG_OF_FIELD[field] ?? field}: ${issue?.message ?? 'out of range'}`);
    }
    throw error;
  }
}
