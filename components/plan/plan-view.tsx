'use client';

import { formatDay } from '@/lib/format/dates';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { PlanEditor, StoredPlan } from '@/lib/store/plan-doc';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { WorkoutEditor } from './workout-editor';

const phaseNames: Record<string, string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
};

function weekOf(workout: StoredWorkout, starts: string[]): string | null {
  let found: string | null = null;
  for (const start of starts) if (start <= workout.date) found = start;
  return found;
}

export function PlanView({ plan, editor }: { plan: StoredPlan; editor: PlanEditor }) {
  const [editing, setEditing] = useState<string | null>(null);
  const starts = plan.weeks.map((w) => w.start);
  return (
    <div className="grid gap-4">
      {plan.weeks.map((week, i) => {
        const workouts = plan.workouts.filter((w) => weekOf(w, starts) === week.start);
        return (
          <Card
            key={week.start}
            title={`Week ${i + 1} · ${phaseNames[week.phase] ?? week.phase} · from ${week.start}`}
            headingLevel={3}
          >
            <p className="mb-2 text-xs text-slate-600 dark:text-slate-300">
              About {Math.round(week.plannedMinutes)} min planned.
            </p>
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {workouts.map((w) => (
                <li key={w.id} className="py-2" data-workout-id={w.id}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <span>
                      <span className="font-medium">{w.title}</span> · {formatDay(w.date)} ·{' '}
                      {w.durationMin} min
                      {w.locked ? (
                        <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs dark:bg-slate-700">
                          Locked (edited by you)
                        </span>
                      ) : null}
                      {w.status !== 'planned' ? (
                        <span className="ml-2 text-xs">
                          ({w.status === 'done' ? 'done' : 'skipped'})
                        </span>
                      ) : null}
                    </span>
                    <span className="flex gap-2">
                      <Button
                        variant="secondary"
                        onClick={() => setEditing(editing === w.id ? null : w.id)}
                        aria-expanded={editing === w.id}
                      >
                        Edit
                        <span className="sr-only">
                          {' '}
                          {w.title} on {formatDay(w.date)}
                        </span>
                      </Button>
                      {w.status === 'planned' ? (
                        <Button
                          variant="secondary"
                          onClick={() => editor.setWorkoutStatus(w.id, 'done')}
                        >
                          Mark done
                          <span className="sr-only">
                            {' '}
                            {w.title} on {formatDay(w.date)}
                          </span>
                        </Button>
                      ) : null}
                    </span>
                  </div>
                  <p className="text-sm text-slate-600 dark:text-slate-300">{w.description}</p>
                  {w.notes ? <p className="text-sm italic">{w.notes}</p> : null}
                  {editing === w.id ? (
                    <WorkoutEditor workout={w} editor={editor} onDone={() => setEditing(null)} />
                  ) : null}
                </li>
              ))}
            </ul>
          </Card>
        );
      })}
    </div>
  );
}
