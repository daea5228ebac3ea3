import { daysBetween } from '@/engine/plan/calendar-date';
import { runPaceBand } from '@/engine/plan/run-paces';
import { vdotFromRace } from '@/engine/predict/daniels-vdot';
import { paulsSplit } from '@/engine/predict/pauls-law';

/**
 * Estimates the setup makes from the athlete's own history, each with what it came from so the
 * screen can say how it was made.
 */
export type DoneSession = {
  date: string;
  sport: 'run' | 'row' | 'other';
  distanceM: number;
  movingS: number;
};

const WINDOW_DAYS = 28;

/**
 * Minutes a week in `sport` over the last four weeks — or over the history there is, when it is
 * shorter (two rows last week are 2 rows a week, not half a row a week). Null with no session.
 */
export function weeklyMinutesFromHistory(
  sessions: readonly DoneSession[],
  sport: 'run' | 'row',
  today: string,
): number | null {
  const ofSport = sessions.filter((s) => s.sport === sport && s.date < today);
  const recent = ofSport.filter((s) => daysBetween(s.date, today) <= WINDOW_DAYS);
  if (recent.length === 0) return null;
  const first = ofSport.reduce((a, s) => (s.date < a ? s.date : a), today);
  const spanDays = Math.min(WINDOW_DAYS, Math.max(7, daysBetween(first, today)));
  const minutes = recent.reduce((sum, s) => sum + s.movingS / 60, 0);
  return Math.round(minutes / (spanDays / 7));
}

export type PaceEstimate = { valueS: number; from: DoneSession };

/**
 * Running threshold pace (s/km) from the quickest run here of at least 3 km, read as if it were a
 * race: its VDOT (Daniels) and the threshold pace of that VDOT (88 % of VO2max). A training run is
 * at most a race effort, so this is a cautious figure: the real threshold is the same or faster.
 */
export function thresholdPaceFromHistory(sessions: readonly DoneSession[]): PaceEstimate | null {
  let best: { vdot: number; from: DoneSession } | null = null;
  for (const s of sessions) {
    if (s.sport !== 'run' || s.distanceM < 3000 || s.movingS < 600) continue;
    const vdot = vdotFromRace(s.distanceM, s.movingS);
    if (!best || vdot > best.vdot) best = { vdot, from: s };
  }
  if (!best) return null;
  const paceSPerKm = runPaceBand(best.vdot, 'threshold').fastestSPerKm;
  return { valueS: Math.min(900, Math.max(120, paceSPerKm)), from: best.from };
}

/**
 * A 2,000 m time from the quickest row here of at least 1,000 m, moved to 2k by Paul's law. As for
 * running, a training row is at most a test effort, so the real 2k is the same or faster.
 */
export function twoKFromHistory(sessions: readonly DoneSession[]): PaceEstimate | null {
  let best: PaceEstimate | null = null;
  for (const s of sessions) {
    if (s.sport !== 'row' || s.distanceM < 1000 || s.movingS <= 0) continue;
    const twoKS = paulsSplit(s.distanceM, (s.movingS / s.distanceM) * 500, 2000) * 4;
    if (!best || twoKS < best.valueS) best = { valueS: twoKS, from: s };
  }
  return best && { valueS: Math.min(900, Math.max(300, best.valueS)), from: best.from };
}

/** A best effort at any distance to threshold pace (s/km), the same way. */
export function thresholdPaceFromRace(distanceM: number, timeS: number): number {
  return runPaceBand(vdotFromRace(distanceM, timeS), 'threshold').fastestSPerKm;
}

/**
 * The 10 km time whose threshold pace (as above) is the one given: a threshold pace the athlete
 * knows, as the best effort a running plan sizes its paces from. Found by bisection, as the VDOT
 * formula has no closed inverse; the pace only slows as the time grows.
 */
export function tenKFromThresholdPace(paceSPerKm: number): { distanceM: number; timeS: number } {
  const distanceM = 10_000;
  let fastS = 600;
  let slowS = 12_000;
  while (slowS - fastS > 0.5) {
    const midS = (fastS + slowS) / 2;
    if (thresholdPaceFromRace(distanceM, midS) < paceSPerKm) fastS = midS;
    else slowS = midS;
  }
  return { distanceM, timeS: Math.round((fastS + slowS) / 2) };
}

/** A rowing piece at any distance to its 2,000 m time by Paul's law. */
export function twoKFromPiece(distanceM: number, timeS: number): number {
  return paulsSplit(distanceM, (timeS / distanceM) * 500, 2000) * 4;
}
