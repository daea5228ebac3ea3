'use client';

import { useEffect, useState } from 'react';
import type { Insights } from '@/engine/insights/whats-working';
import { Card } from '@/components/ui/card';
import { deviceTimeZone } from '@/lib/store/device-clock';
import { useActivities } from '@/lib/store/use-activities';
import { useJournal } from '@/lib/store/use-journal';
import { getEngine } from '@/lib/worker/engine-client';
import { insightActivities, journalEntries } from '@/lib/worker/engine-inputs';

/** "What's working": relations in the athlete's own data, computed in the worker. */
export function InsightsCard() {
  const { days, fuel, ready } = useJournal();
  const { activities, doc } = useActivities();
  const [insights, setInsights] = useState<Insights | null>(null);
  useEffect(() => {
    if (!ready || !doc) return;
    let active = true;
    getEngine()
      .insights(
        journalEntries([...days.entries()], fuel),
        insightActivities(activities, deviceTimeZone()),
      )
      .then(
        (value) => active && setInsights(value),
        (error: unknown) => console.error('Insights could not be computed', error),
      );
    return () => {
      active = false;
    };
  }, [days, fuel, ready, activities, doc]);

  return (
    <Card title="What's working">
      {!insights ? (
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
