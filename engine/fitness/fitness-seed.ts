import { CTL_DAYS } from './ewma-constants.ts';

/**
 * Where fitness (CTL) and fatigue (ATL) start. With no seed both start at 0, so the first weeks of
 * a history show fatigue outrunning a fitness line that is still filling: three ordinary weeks read
 * as "form −39". A seed is either what the athlete says (their CTL/ATL from another app) or an
 * estimate from the first weeks of the history itself: the mean daily load of those weeks, which is
 * the level both averages settle at under a steady load (the steady state of an exponentially
 * weighted average is the load itself). That estimate assumes the weeks before the history began
 * were like its first weeks; it is offered, never applied silently.
 */
export type FitnessSeed = { ctl: number; atl: number };

/** Days of history before form means something without a seed: one fitness time constant. */
export const MIN_FORM_HISTORY_DAYS = CTL_DAYS;
export const SEED_WINDOW_DAYS = 28;
/** Two whole weeks, so the estimate holds the weekly rhythm of hard, easy and rest days twice. */
export const MIN_SEED_DAYS = 14;

/** Whether a history of `historyDays` is long enough for `estimateSeed`. */
export const canEstimateSeed = (historyDays: number, windowDays = SEED_WINDOW_DAYS): boolean =>
  historyDays >= Math.min(MIN_SEED_DAYS, windowDays);

/**
 * The mean daily load of the first `windowDays` days (rest days count as 0), or null with fewer
 * than two weeks of history: a few days' mean says more about those days than about a level.
 */
export function estimateSeed(
  dailyLoads: ArrayLike<number>,
  windowDays = SEED_WINDOW_DAYS,
): FitnessSeed | null {
  const n = Math.min(windowDays, dailyLoads.length);
  if (!canEstimateSeed(n, windowDays)) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += dailyLoads[i]!;
  return { ctl: sum / n, atl: sum / n };
}

export type FormMeaning = { meaningful: boolean; historyDays: number; note: string | null };

/** Whether form (fitness − fatigue) is worth reading yet, and what to say when it is not. */
export function formMeaning(historyDays: number, seeded: boolean): FormMeaning {
  if (seeded || historyDays >= MIN_FORM_HISTORY_DAYS)
    return { meaningful: true, historyDays, note: null };
  return {
    meaningful: false,
    historyDays,
    note: `Form is not meaningful yet: it needs about ${MIN_FORM_HISTORY_DAYS / 7} weeks of history and there are ${historyDays} days, so a low number shows the fitness line still filling, not fatigue. Give your current fitness and fatigue to start from them.`,
  };
}
