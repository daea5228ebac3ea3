'use client';

import { Card } from '@/components/ui/card';
import { MIN_SEED_DAYS, SEED_WINDOW_DAYS } from '@/engine/fitness/fitness-seed';
import type { FitnessView } from '@/lib/queries/fitness-view';
import type { Profile } from '@/lib/store/profile-schema';
import { useProfile } from '@/lib/store/use-profile';
import { OwnFitnessFields } from './own-fitness-fields';

type Choice = 'zero' | NonNullable<Profile['fitnessStart']>;

function StartStatus({ view }: { view: FitnessView }) {
  return (
    <p className="text-sm" role="status" data-testid="fitness-start-status">
      {view.seed === null
        ? 'Your chart starts from zero.'
        : `Your chart starts from fitness ${view.seed.ctl.toFixed(1)} and fatigue ${view.seed.atl.toFixed(1)}.`}
    </p>
  );
}

/**
 * Where fitness and fatigue start. Both are running averages of load, so from zero a new history
 * reads low for weeks; the athlete can start from an estimate of their first weeks or from their
 * own figures instead. The estimate is offered, never applied without their say.
 */
export function FitnessStartCard({ view }: { view: FitnessView }) {
  const { profile, setField } = useProfile();
  const chosen: Choice =
    profile.fitnessStart === 'own' || profile.fitnessStart === 'history'
      ? profile.fitnessStart
      : 'zero';
  const estimate = view.historyEstimate;
  const estimateDays = Math.min(SEED_WINDOW_DAYS, view.meaning.historyDays);
  const from = estimateDays >= SEED_WINDOW_DAYS ? 'four weeks' : `${estimateDays} days`;
  const choose = (choice: Choice) => setField('fitnessStart', choice === 'zero' ? null : choice);
  const options: { value: Choice; label: string; disabled?: boolean }[] = [
    { value: 'zero', label: 'Zero, as if you had not trained before your first session here' },
    {
      value: 'history',
      label: estimate
        ? `An estimate from your first ${from} here: fitness ${estimate.ctl.toFixed(1)} (their average daily load, assuming the weeks before were similar)`
        : `An estimate from your first weeks here (once there are ${MIN_SEED_DAYS} days of history)`,
      disabled: !estimate,
    },
    { value: 'own', label: 'My own figures, from another app' },
  ];
  return (
    <Card title="Where your fitness starts">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        Fitness and fatigue are running averages of your training load, so they need a starting
        point. Started from zero, the first six weeks read low even if you have trained for years.
      </p>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Start my chart from</legend>
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3 text-sm">
            <input
              type="radio"
              name="fitness-start"
              className="size-5 shrink-0"
              checked={chosen === o.value}
              disabled={o.disabled}
              onChange={() => choose(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      {chosen === 'own' ? (
        <div className="mt-3">
          <OwnFitnessFields />
        </div>
      ) : null}
      <div className="mt-3">
        <StartStatus view={view} />
      </div>
    </Card>
  );
}
