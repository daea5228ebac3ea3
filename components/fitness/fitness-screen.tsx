'use client';

import { PageHeader } from '@/components/ui/page-header';
import { useFitnessView, useLoadAssumptions } from '@/lib/queries/use-fitness';
import { FitnessCard } from './fitness-card';
import { FitnessStartCard } from './fitness-start-card';
import { InsightsCard } from './insights-card';
import { LoadAssumptionsCard } from './load-assumptions-card';

export function FitnessScreen() {
  const view = useFitnessView();
  const assumptions = useLoadAssumptions();
  return (
    <div>
      <PageHeader title="Fitness">
        Fitness (42-day load), fatigue (7-day load) and form, the difference between them.
      </PageHeader>
      <div className="grid gap-4">
        <FitnessCard view={view} />
        {view.last ? <LoadAssumptionsCard result={assumptions} /> : null}
        {view.last ? <FitnessStartCard view={view} /> : null}
        <InsightsCard />
      </div>
    </div>
  );
}
