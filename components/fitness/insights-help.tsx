import type { Insights } from '@/engine/insights/whats-working';

/**
 * How "what's working" decides, in the athlete's words: the help every finding links to. The
 * method and its sources are in docs/INSIGHTS.md.
 */
export function InsightsHelp({ insights }: { insights: Insights }) {
  const fdr = Math.round(insights.fdr * 100);
  return (
    <section
      id="how-we-check"
      aria-labelledby="how-we-check-title"
      className="rounded-lg bg-slate-50 p-3 text-slate-700 dark:bg-slate-800 dark:text-slate-200"
    >
      <h3 id="how-we-check-title" className="font-medium text-slate-900 dark:text-slate-100">
        How we check a pattern
      </h3>
      <p className="mt-1">
        For each thing you log (sleep, HRV, soreness…) and each measure of a session (efficiency,
        heart-rate drift, effort) we rank the sessions and ask whether the two rise and fall
        together: Spearman’s rank correlation, ρ, from −1 to 1.
      </p>
      <p className="mt-1">
        Days follow on from each other: a short night tends to follow a short night, and fitness
        drifts for weeks. So neighbouring sessions are not separate evidence, and we count how many
        independent sessions they are worth (the effective number, after Pyper &amp; Peterman 1998).
        That is the “independent” number beside each finding.
      </p>
      <p className="mt-1">
        We tested {insights.pairsTested} pairs this time. Testing many pairs finds some by chance,
        so a pattern is shown only if it survives a false-discovery check (Benjamini–Hochberg, at
        most {fdr} % false finds expected) and is at least a small-to-medium effect. We never
        compare two figures measured from the same stream, such as training load and efficiency from
        the same pace.
      </p>
      <p className="mt-1 text-xs">Method: {insights.method}</p>
    </section>
  );
}
