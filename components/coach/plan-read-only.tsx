'use client';

import { ChipFrame } from '@/components/plan/chip-frame';
import { Card } from '@/components/ui/card';
import { formatDay } from '@/lib/format/dates';
import type { StoredPlan } from '@/lib/store/plan-doc';

/** The athlete's plan for a coach who may only view it: no edit control is rendered at all. */
export function PlanReadOnly({ plan }: { plan: StoredPlan }) {
  const starts = plan.weeks.map((w) => w.start);
  const weekOf = (date: string) => starts.filter((s) => s <= date).pop() ?? null;
  return (
    <div className="grid gap-4">
      {plan.weeks.map((week, i) => (
        <Card key={week.start} title={`Week ${i + 1} · from ${week.start}`} headingLevel={3}>
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {plan.workouts
              .filter((w) => weekOf(w.date) === week.start)
              .map((w) => (
                <li key={w.id} className="py-2">
                  <ChipFrame workoutId={w.id}>
                    <div data-workout-id={w.id} className="p-1">
                      <span className="font-medium">{w.title}</span> · {formatDay(w.date)} ·{' '}
                      {w.durationMin} min
                      {w.status !== 'planned' ? (
                        <span className="ml-2 text-xs">({w.status})</span>
                      ) : null}
                      <p className="text-sm text-slate-600 dark:text-slate-300">{w.description}</p>
                    </div>
                  </ChipFrame>
                </li>
              ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
