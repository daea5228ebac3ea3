/**
 * Heart-rate variability over a session from its beat-to-beat (RR) intervals: rMSSD, the root
 * mean square of successive differences (Task Force of the ESC and NASPE 1996, "Heart rate
 * variability: standards of measurement", Circulation 93:1043–1065). Artefacts are left out
 * first: intervals outside 300–2000 ms (200–30 bpm), and an interval differing from the one
 * before by more than 20 % (the Malik criterion, Malik et al. 1989), which marks a missed or
 * extra beat; a difference is only taken between two kept, consecutive beats.
 */
export type SessionHrv = {
  rmssdMs: number;
  /** Successive differences the figure is over. */
  pairs: number;
  /** Beats kept and beats left out as artefacts. */
  beats: number;
  artefacts: number;
  meanRrMs: number;
};

const MIN_RR_MS = 300;
const MAX_RR_MS = 2000;
const MAX_CHANGE = 0.2;
/** Fewer pairs than this say too little to report. */
const MIN_PAIRS = 30;
const RESET_AFTER = 5;

export function sessionHrv(rrMs: ArrayLike<number>): SessionHrv | null {
  let sumSq = 0;
  let pairs = 0;
  let beats = 0;
  let sumRr = 0;
  // Each beat is judged against the last kept one, so both halves of a split beat are caught;
  // a difference is only taken when the beat before was kept too.
  let lastKept: number | null = null;
  let previousKept = false;
  let rejectedInARow = 0;
  for (let i = 0; i < rrMs.length; i++) {
    const rr = rrMs[i]!;
    const plausible = rr >= MIN_RR_MS && rr <= MAX_RR_MS;
    const steady = lastKept === null || Math.abs(rr - lastKept) <= MAX_CHANGE * lastKept;
    if (!plausible || !steady) {
      previousKept = false;
      // A run of rejections means the rhythm itself moved on (a sprint): judge afresh.
      if (++rejectedInARow >= RESET_AFTER) lastKept = null;
      continue;
    }
    rejectedInARow = 0;
    beats += 1;
    sumRr += rr;
    if (previousKept && lastKept !== null) {
      sumSq += (rr - lastKept) ** 2;
      pairs += 1;
    }
    lastKept = rr;
    previousKept = true;
  }
  if (pairs < MIN_PAIRS) return null;
  return {
    rmssdMs: Math.sqrt(sumSq / pairs),
    pairs,
    beats,
    artefacts: rrMs.length - beats,
    meanRrMs: sumRr / beats,
  };
}
