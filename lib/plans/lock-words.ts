import type { LockedBy } from '@/lib/store/workout-schema';

/** Who reads the plan: the athlete it belongs to, or a coach it is shared with. */
export type PlanReader = 'athlete' | 'coach';

/**
 * Who set a locked workout, said from where the reader stands: the athlete reads "your coach"
 * for the coach's edit, the coach reads "you" for their own and "your athlete" for the athlete's.
 */
export function lockSetter(lockedBy: LockedBy, reader: PlanReader): string {
  if (lockedBy === reader) return 'you';
  return lockedBy === 'coach' ? 'your coach' : 'your athlete';
}
