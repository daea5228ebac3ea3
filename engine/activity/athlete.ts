import { z } from 'zod';
import { rowingFtpFrom2k } from '../rowing/rowing-threshold.ts';

/**
 * The athlete's parameters every analysis takes as an argument (never read from global settings).
 * Defaults, used only when the athlete has not said:
 * - maxHr 190, restHr 60 bpm: middle-of-the-road adult values (Runalyze defaults to 200/60).
 * - lthr: rest + 85 % of the reserve (Elevate's default), 170.5 bpm with the defaults above.
 * - sex "male" picks Banister's 0.64/1.92; for women the default coefficient `a` is 0.86
 *   (Morton 1990) — set `femaleTrimpA` to 0.64 for GoldenCheetah/Elevate-compatible TRIMP.
 * - thresholdPaceSPerKm 300 (5:00/km), a recreational runner's one-hour pace.
 * - best2kS 480 (8:00, a 2:00/500 m split); rowing FTP follows from it by Paul's Law unless given.
 * - cyclingFtpW null: there is no honest population default for cycling power, so a ride gets power
 *   TSS only once the athlete gives an FTP; until then its load falls back to heart rate.
 * - swimThresholdPaceS100m null: likewise for swimming (critical swim speed varies from 1:10 to
 *   3:00 per 100 m); a swim gets sTSS once the athlete gives it, heart-rate load until then.
 */
function range(min: number, max: number, what: string) {
  const message = `${what} should be between ${min} and ${max}.`;
  return z.number().min(min, message).max(max, message);
}

export const athleteSchema = z.object({
  maxHr: range(100, 240, 'Max heart rate (bpm)'),
  restHr: range(25, 120, 'Resting heart rate (bpm)'),
  lthr: range(80, 230, 'Threshold heart rate (bpm)'),
  sex: z.enum(['male', 'female']),
  femaleTrimpA: range(0.1, 2, 'The female TRIMP coefficient'),
  thresholdPaceSPerKm: range(120, 900, 'Threshold pace (seconds per km)'),
  best2kS: range(300, 900, 'The 2k time (seconds)'),
  rowingFtpW: range(1, 1000, 'Rowing threshold power (W)'),
  cyclingFtpW: range(1, 1000, 'Cycling threshold power (W)').nullable(),
  swimThresholdPaceS100m: range(40, 400, 'Threshold swim pace (seconds per 100 m)').nullable(),
});

export type Athlete = z.infer<typeof athleteSchema>;

export type AthleteInput = Partial<Athlete>;

const DEFAULT_MAX_HR = 190;
const DEFAULT_REST_HR = 60;
const DEFAULT_LTHR_RESERVE_FRACTION = 0.85;

/**
 * The full parameter set from what the athlete gave; throws a zod error naming the bad field when a
 * value is out of range or max is not above rest.
 */
export function resolveAthlete(input: AthleteInput = {}): Athlete {
  const maxHr = input.maxHr ?? DEFAULT_MAX_HR;
  const restHr = input.restHr ?? DEFAULT_REST_HR;
  const best2kS = input.best2kS ?? 480;
  const candidate = {
    maxHr,
    restHr,
    lthr: input.lthr ?? restHr + DEFAULT_LTHR_RESERVE_FRACTION * (maxHr - restHr),
    sex: input.sex ?? 'male',
    femaleTrimpA: input.femaleTrimpA ?? 0.86,
    thresholdPaceSPerKm: input.thresholdPaceSPerKm ?? 300,
    best2kS,
    rowingFtpW:
      input.rowingFtpW ?? (best2kS >= 300 && best2kS <= 900 ? rowingFtpFrom2k(best2kS) : 0),
    cyclingFtpW: input.cyclingFtpW ?? null,
    swimThresholdPaceS100m: input.swimThresholdPaceS100m ?? null,
  };
  return athleteSchema
    .refine((a) => a.maxHr > a.restHr, {
      message: 'Max heart rate must be above resting heart rate.',
      path: ['maxHr'],
    })
    .refine((a) => a.lthr > a.restHr && a.lthr <= a.maxHr, {
      message: 'Threshold heart rate must lie between resting and max heart rate.',
      path: ['lthr'],
    })
    .parse(candidate);
}
