import type { Units } from '@/lib/store/profile-schema';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { stepLines } from './workout-text';

/** The session step by step: each step's length and its targets in the athlete's units. */
export function WorkoutSteps({ workout, units }: { workout: StoredWorkout; units: Units }) {
  const lines = stepLines(workout, units);
  if (lines.length === 0) return null;
  return (
    <ol className="grid gap-1 text-sm" aria-label="Steps">
      {lines.map((line) => (
        <li
          key={line.key}
          className={
            line.depth === 1 ? 'ml-5 border-l-2 border-slate-300 pl-2 dark:border-slate-600' : ''
          }
        >
          <span className="font-medium">{line.name}</span>
          {line.length ? ` ${line.length}` : ''}
          {line.targets.length > 0 ? (
            <span className="text-slate-700 dark:text-slate-300">
              {' '}
              · {line.targets.join(' · ')}
            </span>
          ) : null}
          {line.note ? (
            <span className="text-slate-500 dark:text-slate-400"> — {line.note}</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
