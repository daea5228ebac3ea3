'use client';

import { formatDay } from '@/lib/format/dates';
import { FitnessChart } from '@/components/charts/fitness-chart';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { allDays } from '@/lib/store/index-queries';
import type { DayRow } from '@/lib/store/index-rows';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { InsightsCard } from './insights-card';

const noDays: DayRow[] = [];

export function FitnessScreen() {
  const days = useIndexQuery(allDays, noDays);
  const withFitness = days.filter((d) => d.ctl !== null);
  const last = withFitness[withFitness.length - 1];
  return (
    <div>
      <PageHeader title="Fitness">
        Fitness (42-day load), fatigue (7-day load) and form, the difference between them.
      </PageHeader>
      <div className="grid gap-4">
        <Card title="Fitness, fatigue and form">
          {withFitness.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">
              Your chart starts with your first imported or recorded session.
            </p>
          ) : (
            <>
              <FitnessChart days={withFitness} />
              {last ? (
                <p className="mt-2 text-sm" data-testid="fitness-summary">
                  On {formatDay(last.date)}: fitness {last.ctl?.toFixed(1)}, fatigue{' '}
                  {last.atl?.toFixed(1)}, form {last.tsb?.toFixed(1)} (load points per day).
                </p>
              ) : null}
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer">The numbers by day</summary>
                <table className="mt-2 w-full text-left tabular-nums">
                  <thead>
                    <tr>
                      <th scope="col">Date</th>
                      <th scope="col">Load</th>
                      <th scope="col">Fitness</th>
                      <th scope="col">Fatigue</th>
                      <th scope="col">Form</th>
                    </tr>
                  </thead>
                  <tbody>
                    {withFitness.slice(-28).map((d) => (
                      <tr key={d.date}>
                        <th scope="row" className="font-normal">
                          {formatDay(d.date)}
                        </th>
                        <td>{Math.round(d.load)}</td>
                        <td>{d.ctl?.toFixed(1)}</td>
                        <td>{d.atl?.toFixed(1)}</td>
                        <td>{d.tsb?.toFixed(1)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          )}
        </Card>
        <InsightsCard />
      </div>
    </div>
  );
}
