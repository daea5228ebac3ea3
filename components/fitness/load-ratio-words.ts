/**
 * The load ratio in words. It is the acute:chronic workload ratio — the last week's load against
 * the last four weeks', each an exponentially weighted average (Williams et al. 2017, engine/fitness
 * pmc.ts). Around 0.8–1.3 is the range athletes usually train in; above 1.5 is a sharp rise that
 * has gone with more injuries in the studies behind the ratio (Gabbett 2016). A band, never a
 * verdict: the ratio cannot tell a planned block from a mistake.
 */
/** The chronic side averages four weeks: with less history than that, the ratio says little. */
export const RATIO_HISTORY_DAYS = 28;

export type LoadRatioBand = 'lower' | 'usual' | 'rising' | 'sharp';

export function loadRatioBand(acwr: number): LoadRatioBand {
  if (acwr < 0.8) return 'lower';
  if (acwr <= 1.3) return 'usual';
  if (acwr <= 1.5) return 'rising';
  return 'sharp';
}

const BAND_WORDS: Record<LoadRatioBand, string> = {
  lower:
    'less than you are used to — normal in a recovery week, a taper or after a break, and a sign you can build again when you are ready.',
  usual: 'in the usual range: about as much as you are used to.',
  rising:
    'more than you are used to, near the top of the usual range; keep an eye on how you feel.',
  sharp:
    'well above the usual range: the load has jumped faster than your body is used to, which has gone with more injuries. Build back gradually.',
};

/**
 * "Load ratio 0.62: less than you are used to — …", or, with no ratio or under four weeks of
 * history (`historyDays`, when known), that it is not meaningful yet and why.
 */
export function loadRatioSentence(acwr: number | null, historyDays: number | null = null): string {
  const value = acwr === null ? '' : ` ${acwr.toFixed(2)}`;
  if (acwr === null || (historyDays !== null && historyDays < RATIO_HISTORY_DAYS)) {
    const sofar =
      historyDays === null
        ? 'there is not enough history here yet'
        : `your history here is ${historyDays === 1 ? '1 day' : `${historyDays} days`} so far`;
    return `Load ratio${value}: not meaningful yet — it compares this week with your last four, and ${sofar}.`;
  }
  return `Load ratio${value}: ${BAND_WORDS[loadRatioBand(acwr)]}`;
}

export const LOAD_RATIO_EXPLAINED =
  'The load ratio compares your last week of training load with your last four weeks (acute : chronic). 1.0 means this week matches what you are used to. About 0.8 to 1.3 is the usual range; below it you are doing less than usual, and above 1.5 the load is rising faster than your body has adapted to, which has gone with more injuries.';
