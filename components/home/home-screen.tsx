import { SetupCard } from '@/components/onboarding/setup-card';
import { CheckInCard } from './check-in-card';
import { FormCard } from './form-card';
import { TodayCard } from './today-card';
import { ReadinessCard } from './readiness-card';

export function HomeScreen() {
  return (
    <div>
      <header className="mb-6">
        <h1 className="text-3xl font-semibold tracking-tight">Splits</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">
          Today at a glance. Everything lives on your device and works offline.
        </p>
      </header>
      <div className="grid gap-4">
        <SetupCard />
        <TodayCard />
        <ReadinessCard />
        <CheckInCard />
        <FormCard />
      </div>
    </div>
  );
}
