import { paceInputToSPerKm, parseDuration } from '@/lib/format/units';
import type { Profile, SetupAnswers, Units } from '@/lib/store/profile-schema';
import { thresholdPaceFromRace, twoKFromPiece, type PaceEstimate } from './history-estimates';

/**
 * The "Your paces" step's answers from what was typed, as the setup answers (the best efforts the
 * plan reads) and the profile settings (threshold pace, 2k) the loads are scored against.
 */
export type RunChoice = 'race' | 'threshold' | 'estimate';
export type RowChoice = 'piece' | 'estimate';

export type PaceForm = {
  run: RunChoice | null;
  row: RowChoice | null;
  /** Field text by name: runDistanceM, runTime, thresholdPace, runGuess, rowDistanceM, rowTime, rowGuess. */
  text: Record<string, string>;
};

export type PaceUpdates = {
  answers: Partial<SetupAnswers>;
  profile: Partial<Pick<Profile, 'thresholdPaceSPerKm' | 'best2kS'>>;
};

export type PaceReading = { ok: true; updates: PaceUpdates } | { ok: false; error: string };

const PACE_MIN_S_PER_KM = 120;
const PACE_MAX_S_PER_KM = 900;

const timeOf = (text: string | undefined) => {
  const t = text?.trim() ?? '';
  return t === '' ? null : parseDuration(t);
};

function readRun(
  form: PaceForm,
  units: Units,
  history: PaceEstimate | null,
  out: PaceUpdates,
): string | null {
  const { text } = form;
  const fromRace = (distanceM: number, timeS: number | null, what: string) => {
    if (timeS === null || timeS <= 0) return `Enter ${what} as a time like 25:30 or 1:52:00.`;
    const pace = thresholdPaceFromRace(distanceM, timeS);
    if (pace < PACE_MIN_S_PER_KM || pace > PACE_MAX_S_PER_KM)
      return `That time does not look right for ${distanceM / 1000} km; check it.`;
    out.answers.runBest = { distanceM, timeS };
    out.profile.thresholdPaceSPerKm = Math.round(pace);
    return null;
  };
  if (form.run === 'race')
    return fromRace(Number(text.runDistanceM ?? 5000), timeOf(text.runTime), 'your time');
  if (form.run === 'threshold') {
    const paceS = timeOf(text.thresholdPace);
    const perKm = paceS === null ? null : paceInputToSPerKm(paceS, units);
    if (perKm === null || perKm < PACE_MIN_S_PER_KM || perKm > PACE_MAX_S_PER_KM)
      return `Enter your threshold pace as minutes and seconds per ${units === 'imperial' ? 'mile' : 'km'}, like 4:45.`;
    out.profile.thresholdPaceSPerKm = Math.round(perKm);
    return null;
  }
  if (form.run === 'estimate') {
    out.answers.estimatePaces = true;
    if (history) out.profile.thresholdPaceSPerKm = Math.round(history.valueS);
    else if (timeOf(text.runGuess) !== null)
      return fromRace(5000, timeOf(text.runGuess), 'your guess');
  }
  return null;
}

function readRow(form: PaceForm, history: PaceEstimate | null, out: PaceUpdates): string | null {
  const { text } = form;
  const fromPiece = (distanceM: number, timeS: number | null) => {
    if (timeS === null || timeS <= 0) return 'Enter the piece’s time, like 7:45.';
    const twoKS = twoKFromPiece(distanceM, timeS);
    if (twoKS < 300 || twoKS > 900)
      return 'That time does not look right for the distance; check it.';
    out.answers.rowBest = { distanceM, timeS };
    out.profile.best2kS = Math.round(twoKS * 10) / 10;
    return null;
  };
  if (form.row === 'piece')
    return fromPiece(Number(text.rowDistanceM ?? 2000), timeOf(text.rowTime));
  if (form.row === 'estimate') {
    out.answers.estimatePaces = true;
    if (history) out.profile.best2kS = Math.round(history.valueS * 10) / 10;
    else if (timeOf(text.rowGuess) !== null) return fromPiece(2000, timeOf(text.rowGuess));
  }
  return null;
}

export function readPaces(
  form: PaceForm,
  units: Units,
  history: { thresholdPace: PaceEstimate | null; twoK: PaceEstimate | null },
): PaceReading {
  const updates: PaceUpdates = { answers: {}, profile: {} };
  const error =
    readRun(form, units, history.thresholdPace, updates) ?? readRow(form, history.twoK, updates);
  return error ? { ok: false, error } : { ok: true, updates };
}
