import { inputSeries, outcomeSeries } from '@/engine/insights/insight-inputs';
import type { Finding, Insights } from '@/engine/insights/whats-working';

// The engine's own labels and nouns, so the app's sentence and the engine's never drift apart.
const inputLabels = new Map(inputSeries([], []).map((s) => [s.id, s.label]));
const outcomeNouns = new Map(outcomeSeries([]).map((o) => [o.id, o.noun]));

export function sessionsWord(sport: Insights['sport'], n: number): string {
  const word = sport === 'run' ? 'run' : sport === 'row' ? 'row' : 'session';
  return n === 1 ? word : `${word}s`;
}

/**
 * A finding in plain words the athlete can check against its chart: how many sessions, how many
 * independent ones they are worth once day-to-day persistence is allowed for, and what went with
 * what — "went with", never "caused".
 */
export function findingSentence(f: Finding, sport: Insights['sport']): string {
  const label = inputLabels.get(f.input) ?? f.input;
  const noun = outcomeNouns.get(f.outcome) ?? f.outcome;
  const independent = Math.max(1, Math.round(f.nEffective));
  const worth = independent >= f.n ? 'each about independent' : `about ${independent} independent`;
  const direction = f.rho > 0 ? 'more' : 'less';
  return `On ${f.n} ${sessionsWord(sport, f.n)} (${worth}), ${label} went with ${direction} ${noun}.`;
}

/** "A large effect (ρ 0.52); it goes together, which does not show that one causes the other." */
export function strengthSentence(f: Finding): string {
  const article =
    f.strength === 'small' ? 'A small' : f.strength === 'medium' ? 'A medium' : 'A large';
  return `${article} effect (Spearman ρ ${f.rho.toFixed(2).replace('-', '−')}). They go together; that alone does not show one causes the other.`;
}
