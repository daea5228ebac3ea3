'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { lockSetter } from '@/lib/plans/lock-words';
import { usePlanReader } from './plan-reader';
import { tallOnTouch } from './touch';

/** Where the targets rest on a default, said beside them with the place to set the real value. */
export function TargetAssumptions({ plan }: { plan: StoredPlan }) {
  const notes = plan.meta.assumptions.filter(
    (a) => a.field === 'best' || a.field === 'heartRateZones',
  );
  if (notes.length === 0) return null;
  // One link for all of them: a link per line would be the same stop twice in a row for Tab.
  return (
    <div className="grid gap-1 text-xs text-slate-600 dark:text-slate-300">
      <ul className="grid gap-1" aria-label="What the targets assume">
        {notes.map((a) => (
          <li key={a.field}>{a.text}</li>
        ))}
      </ul>
      <p>
        <Link href="/settings/" className="text-link inline-block py-1 underline">
          {notes.length > 1 ? 'Set these in Settings' : 'Set it in Settings'}
        </Link>
      </p>
    </div>
  );
}

export function LockNote({ workout, onUnlock }: { workout: StoredWorkout; onUnlock: () => void }) {
  const reader = usePlanReader();
  if (!workout.locked) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg bg-slate-100 p-2 text-sm dark:bg-slate-800">
      <p>
        Locked: {lockSetter(workout.lockedBy, reader)} set this. Plan adjustments leave it as it is.
      </p>
      <Button className={tallOnTouch} variant="secondary" onClick={onUnlock}>
        Unlock: let the plan adjust this again
      </Button>
    </div>
  );
}
