import { LOAD_RATIO_EXPLAINED, loadRatioSentence } from './load-ratio-words';

/**
 * The load ratio explained where it is shown (Fitness, Today): today's value in words, and what the
 * ratio is behind a disclosure so it stays one line on a phone.
 */
export function LoadRatioNote({
  acwr,
  historyDays = null,
}: {
  acwr: number | null;
  /** Days of history behind it, when known: under four weeks the ratio is not meaningful yet. */
  historyDays?: number | null;
}) {
  return (
    <div className="text-sm" data-testid="load-ratio-note">
      <p>{loadRatioSentence(acwr, historyDays)}</p>
      <details className="mt-1">
        <summary className="cursor-pointer text-link underline">What is the load ratio?</summary>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{LOAD_RATIO_EXPLAINED}</p>
      </details>
    </div>
  );
}
