'use client';

import { IntentLink } from '@/components/app/intent-link';
import { formatDay } from '@/lib/format/dates';
import { Card } from '@/components/ui/card';
import { today } from '@/lib/store/device-clock';
import { usePlan } from '@/lib/store/use-plan';
import { usePlanList } from '@/lib/store/use-profile';

export function NextWorkoutCard() {
  const plans = usePlanList();
  const { plan } = usePlan(plans[0]?.id ?? null);
  const date = today();
  const next = plan.workouts.find((w) => w.date >= date && w.status === 'planned');
  return (
    <Card title="Next workout">
      {next ? (
        <div>
          <p className="font-medium">
            {next.title} · {next.durationMin} min
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {next.date === date ? 'Today' : formatDay(next.date, { weekday: 'long' })} —{' '}
            {next.description}
          </p>
        </div>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {plans.length === 0
            ? 'No plan yet. A plan built around your goal and your week is a tap away.'
            : 'Nothing planned ahead right now.'}
        </p>
      )}
      <IntentLink href="/plan/" className="mt-2 inline-block text-sm text-link underline">
        {plans.length === 0 ? 'Make a plan' : 'Open your plan'}
      </IntentLink>
    </Card>
  );
}
