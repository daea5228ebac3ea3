'use client';

import { Button } from '@/components/ui/button';
import type { PlanChange } from '@/engine/plan/adapt-plan';
import { formatDay } from '@/lib/format/dates';
import { minutesText } from '@/lib/plans/minutes-text';
import type { Units } from '@/lib/store/profile-schema';
import { mainSetText, workoutName } from './workout-text';
import { tallOnTouch } from './touch';

const KIND_NAMES: Record<PlanChange['kind'], string> = {
  ease: 'Eased',
  shorten: 'Shorter',
  move: 'Moved',
  repace: 'New paces',
};

/** What changes, in the terms the athlete follows: the day, the length, or the paces. */
function changeText(c: PlanChange, units: Units): string {
  const { before: b, after: a } = c;
  const day = (d: string) => formatDay(d, { weekday: 'long' });
  if (c.kind === 'repace') return `${mainSetText(b, units)} → ${mainSetText(a, units)}`;
  if (c.kind === 'move') return `${day(b.date)} → ${day(a.date)}`;
  return `${workoutName(b)}, ${minutesText(b.durationMin)} → ${workoutName(a)}, ${minutesText(a.durationMin)}`;
}

/** One proposed change with its reason; nothing changes unless the athlete accepts. */
export function ChangeItem({
  change,
  units,
  decide,
}: {
  change: PlanChange;
  units: Units;
  decide: (change: PlanChange, accept: boolean) => void;
}) {
  return (
    <li
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
      data-change-kind={change.kind}
    >
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {KIND_NAMES[change.kind]} · {workoutName(change.before)} ·{' '}
        {formatDay(change.before.date, { weekday: 'long' })}
      </p>
      <p className="font-medium tabular-nums">{changeText(change, units)}</p>
      <p className="text-sm">{change.reason}</p>
      <div className="mt-2 flex gap-2">
        <Button className={tallOnTouch} onClick={() => decide(change, true)}>
          Accept
        </Button>
        <Button className={tallOnTouch} variant="secondary" onClick={() => decide(change, false)}>
          Decline
        </Button>
      </div>
    </li>
  );
}
