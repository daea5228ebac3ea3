'use client';

import type { Insights } from '@/engine/insights/whats-working';
import { Card } from '@/components/ui/card';
import { QueryProblem } from '@/components/ui/query-problem';
import { useInsights } from '@/lib/queries/use-insights';

/** "What's working": relations in the athlete's own data, computed in the worker. */
export function InsightsCard() {
  const query = useInsights();
  const insights = query.data;

  return (
    <Card title="What's working">
      {query.isError ? (
        <QueryProblem what="Patterns" error={query.error} retry={() => void query.refetch()} />
      ) : !insights ? (
        <p role="status" className="text-sm">
          Looking for patterns…
        </p>
      ) : insights.notEnoughData ? (
        <p className="text-sm" data-testid="insights-status">
          {insights.notEnoughData.message}
        </p>
      ) : (
        <div className="grid gap-3 text-sm sm:grid-cols-2">
          <FindingList title="What's working" findings={insights.working} />
          <FindingList title="What doesn't seem to help" findings={insights.notWorking} />
          <p className="text-xs sm:col-span-2">
            {insights.pairsTested} relations tested; false-discovery rate held at{' '}
            {Math.round(insights.fdr * 100)} %.
          </p>
        </div>
      )}
    </Card>
  );
}

function FindingList({ title, findings }: { title: string; findings: Insights['working'] }) {
  return (
    <div>
      <h3 className="font-medium">{title}</h3>
      {findings.length === 0 ? (
        <p>Nothing stands out yet.</p>
      ) : (
        <ul className="list-disc pl-5">
          {findings.map((f) => (
            <li key={`${f.input}-${f.outcome}-${f.lagDays}`}>
              {f.text}{' '}
              <span className="text-xs">
                (n = {f.n}, {f.strength})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
