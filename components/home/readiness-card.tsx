'use client';

import { Card } from '@/components/ui/card';
import { QueryProblem } from '@/components/ui/query-problem';
import { useReadiness } from '@/lib/queries/use-readiness';

const adviceWords = {
  asPlanned: 'Good to train as planned.',
  keepItEasy: 'Keep it easy today; your body is still absorbing recent work.',
  restOrVeryEasy: 'A rest day or something very gentle would serve you best.',
} as const;

/** Shown only when the journal has something to build readiness from. */
export function ReadinessCard() {
  const query = useReadiness();
  const readiness = query.data;
  if (query.isError) {
    return (
      <Card title="Readiness">
        <QueryProblem what="Readiness" error={query.error} retry={() => void query.refetch()} />
      </Card>
    );
  }
  if (!readiness || readiness.score === null) return null;
  return (
    <Card title="Readiness">
      <p className="text-3xl font-semibold tabular-nums" data-testid="readiness-score">
        {readiness.score}
        <span className="text-base font-normal"> / 100</span>
      </p>
      {readiness.advice ? <p className="mt-1">{adviceWords[readiness.advice]}</p> : null}
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
        Confidence {readiness.confidence}; built from{' '}
        {readiness.builtFrom.join(', ') || 'little data'}.
      </p>
      {readiness.reasons.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {readiness.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
