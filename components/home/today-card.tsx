'use client';

import { IntentLink } from '@/components/app/intent-link';
import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { FuelNote } from '@/components/plan/fuel-note';
import { SameDayHardWarning } from '@/components/plan/same-day-warning';
import { UndoBar, type LastAction } from '@/components/plan/undo-bar';
import { mainSetText, workoutName } from '@/components/plan/workout-text';
import { addDays } from '@/engine/plan/calendar-date';
import { formatDay } from '@/lib/format/dates';
import { minutesText } from '@/lib/plans/minutes-text';
import { workoutFuel } from '@/lib/plans/workout-fuel';
import { today as todayOnDevice } from '@/lib/store/device-clock';
import { usePlans, type OpenPlan } from '@/lib/store/use-plan';
import { usePlanList, useProfile } from '@/lib/store/use-profile';
import type { StoredWorkout } from '@/lib/store/workout-schema';

type Session = { plan: OpenPlan; workout: StoredWorkout };

function nextSession(plans: readonly OpenPlan[], today: string): Session | null {
  const ahead = plans.flatMap((plan) =>
    plan.plan.workouts
      .filter((w) => w.date > today && w.status === 'planned')
      .map((workout) => ({ plan, workout })),
  );
  return ahead.sort((a, b) => a.workout.date.localeCompare(b.workout.date))[0] ?? null;
}

/** Today's session of every plan, with its targets and an optional word on fuel. */
export function TodayCard() {
  const list = usePlanList();
  const plans = usePlans(list.map((p) => p.id));
  const { profile } = useProfile();
  const [last, setLast] = useState<LastAction | null>(null);
  const today = todayOnDevice();
  const sessions: Session[] = plans.flatMap((plan) =>
    plan.plan.workouts.filter((w) => w.date === today).map((workout) => ({ plan, workout })),
  );
  const next = sessions.length === 0 ? nextSession(plans, today) : null;
  return (
    <Card title="Today">
      {sessions.length > 0 ? (
        <ul className="grid gap-3" aria-label="Today's sessions">
          {sessions.map(({ plan, workout: w }) => (
            <li key={`${plan.id}-${w.id}`} className="grid gap-2" data-today-workout={w.id}>
              <div>
                <p className="font-medium">
                  {workoutName(w)} · {minutesText(w.durationMin)}
                  {w.status !== 'planned' ? ` · ${w.status === 'done' ? '✓ done' : 'skipped'}` : ''}
                </p>
                <p className="text-sm text-slate-600 dark:text-slate-300">
                  {plan.plan.meta.title}
                  {mainSetText(w, profile.units) ? ` — ${mainSetText(w, profile.units)}` : ''}
                </p>
              </div>
              {w.status === 'planned' ? <FuelNote fuel={workoutFuel(w)} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {list.length === 0
            ? 'No plan yet. A plan built around your goal and your week is a tap away.'
            : next
              ? `Nothing planned today. Next: ${workoutName(next.workout)}, ${formatDay(next.workout.date, { weekday: 'long' })} (${minutesText(next.workout.durationMin)}, ${next.plan.plan.meta.title}).`
              : 'Nothing planned ahead right now.'}
        </p>
      )}
      <div className="mt-3">
        <SameDayHardWarning
          plans={plans}
          today={today}
          until={addDays(today, 7)}
          announce={(message, undo) => setLast({ message, undo })}
        />
      </div>
      <IntentLink href="/plan/" className="mt-2 inline-block text-sm text-link underline">
        {list.length === 0 ? 'Make a plan' : 'Open your plan'}
      </IntentLink>
      <UndoBar action={last} onDone={() => setLast(null)} />
    </Card>
  );
}
