import type { FuelPlan } from '@/engine/fuel/fueling';
import { summaryOnTouch } from './touch';

const range = (r: { min: number; max: number }, unit: string) =>
  r.max === 0 ? null : r.min === r.max ? `${r.max} ${unit}` : `${r.min}–${r.max} ${unit}`;

/**
 * The engine's fueling suggestions for one session, offered, never required: carbohydrate and
 * fluid per hour, and what helps before and after.
 */
export function FuelNote({ fuel, open = false }: { fuel: FuelPlan; open?: boolean }) {
  const carbs = range(fuel.carbsGPerHour, 'g carbohydrate an hour');
  const fluid = range(fuel.fluidMlPerHour, 'ml fluid an hour');
  return (
    <details open={open} className="rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-800/60">
      <summary className={`${summaryOnTouch} cursor-pointer font-medium`}>
        Fuel for this one? Optional.
      </summary>
      <p className="mt-2" data-testid="fuel-amounts">
        {carbs || fluid
          ? [carbs, fluid].filter(Boolean).join(' · ')
          : 'Nothing needed during this one; water if you are thirsty.'}
      </p>
      <ul className="mt-1 list-disc pl-5">
        <li>Before: {fuel.before.replace(/^Optional: /, '')}</li>
        <li>During: {fuel.during.replace(/^Optional: /, '')}</li>
        <li>After: {fuel.after.replace(/^Optional: /, '')}</li>
      </ul>
    </details>
  );
}
