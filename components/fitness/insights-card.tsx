'use client';

import type { Finding, Insights } from '@/engine/insights/whats-working';
import { Card } from '@/components/ui/card';
import { QueryProblem } from '@/components/ui/query-problem';
import { useInsights } from '@/lib/queries/use-insights';
import { InsightsHelp } from './insights-help';
import { InsightScatter } from './insight-scatter';
import { findingSentence, sessionsWord, strengthSentence } from './insight-wording';

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
        <div className="grid gap-4 text-sm">
          <FindingList title="What's working" insights={insights} findings={insights.working} />
          <FindingList
            title="What doesn't seem to help"
            insights={insights}
            findings={insights.notWorking}
          />
          <InsightsHelp insights={insights} />
        </div>
      )}
    </Card>
  );
}

function FindingList({
  title,
  insights,
  findings,
}: {
  title: string;
  insights: Insights;
  findings: Finding[];
}) {
  return (
    <div>
      <h3 className="font-medium">{title}</h3>
      {findings.length === 0 ? (
        <p>Nothing stands out yet.</p>
      ) : (
        <ul className="mt-2 grid gap-4">
          {findings.map((f) => (
            <li key={`${f.input}-${f.outcome}-${f.lagDays}`} data-testid="insight-finding">
              <p className="font-medium">{findingSentence(f, insights.sport)}</p>
              <p className="mt-1 text-slate-700 dark:text-slate-300">
                {strengthSentence(f)}{' '}
                <a href="#how-we-check" className="text-link underline">
                  How we check
                </a>
              </p>
              <InsightScatter finding={f} sessions={sessionsWord(insights.sport, f.n)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
