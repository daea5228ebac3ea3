import type { PlanDone } from '@/lib/plans/plan-activities';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { Units } from '@/lib/store/profile-schema';
import type { Weekday } from '@/lib/plans/calendar';
import type { ChipHandlers } from './workout-chip';

/** What every part of the calendar reads: the plan, the athlete's units and week, what was done. */
export type CalendarParts = {
  plan: StoredPlan;
  units: Units;
  firstDay: Weekday;
  today: string;
  done: readonly PlanDone[];
  chip: ChipHandlers;
  drag: { dragging: string | null; overDate: string | null };
};
