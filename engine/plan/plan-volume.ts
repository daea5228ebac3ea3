import { type Weekday } from './calendar-date.ts';
import type { GoalSpec } from './goals.ts';
import type { PlanRequest } from './plan-request.ts';
import { speedMps, type TargetContext } from './targets.ts';
import { floor5, MIN_SESSION_MIN, MIN_WEEKLY_MIN, type VolumePlan } from './volume-schedule.ts';

/** A day offered with no limit is planned as at most this long; the long day: the goal's target. */
export const OPEN_DAY_MIN = 90;
const MAX_TRAINING_DAYS = 6;
/** Marathon long runs build toward about 30 km, within 150–180 minutes (docs/PLANS.md). */
const MARATHON_LONG_M = 30_000;
const MARATHON_LONG_MIN: [number, number] = [150, 180];
/** Without the athlete's longest recent session, it is taken as this share of their week. */
const LONG_SHARE_ESTIMATE = 0.3;

/** The long day: the one asked for, else the offered day with the most room (the latest on a tie). */
export function resolveLongDay(req: PlanRequest): Weekday | null {
  if (req.days.length < 2) return null;
  if (req.longDay && req.days.some((d) => d.day === req.longDay)) return req.longDay;
  return req.days.reduce((best, d) =>
    (d.maxMin ?? Infinity) >= (best.maxMin ?? Infinity) ? d : best,
  ).day;
}

export function longTargetFor(ctx: TargetContext, goal: GoalSpec): number {
  if (goal.id === 'marathon' && ctx.vdot !== null) {
    const minutes = MARATHON_LONG_M / speedMps(ctx, 'easy') / 60;
    return floor5(Math.min(MARATHON_LONG_MIN[1], Math.max(MARATHON_LONG_MIN[0], minutes)));
  }
  return goal.longTargetMin[ctx.experience];
}

/** Each offered day's most minutes, the long day's being its limit or the long-session target. */
export function dayLimits(
  req: PlanRequest,
  longDay: Weekday | null,
  longTargetMin: number,
): Map<Weekday, number> {
  return new Map(
    req.days.map((d) => [
      d.day,
      floor5(d.maxMin ?? (d.day === longDay ? longTargetMin : OPEN_DAY_MIN)),
    ]),
  );
}

/** Where the plan starts, how far it climbs and where the long session is heading. */
export function volumePlanFor(req: PlanRequest, goal: GoalSpec, ctx: TargetContext): VolumePlan {
  const longDay = resolveLongDay(req);
  const goalLong = longTargetFor(ctx, goal);
  const limits = dayLimits(req, longDay, goalLong);
  const longDayMaxMin = longDay === null ? 0 : limits.get(longDay)!;
  // Seven days offered: the week rests the day with the least room other than the long day.
  const others = [...limits]
    .filter(([day, m]) => day !== longDay && m >= MIN_SESSION_MIN)
    .map(([, m]) => m)
    .sort((a, b) => b - a);
  const longUsable = longDayMaxMin >= MIN_SESSION_MIN ? 1 : 0;
  const trainDays = Math.min(MAX_TRAINING_DAYS, others.length + longUsable);
  const capacityMin =
    longUsable * longDayMaxMin + others.slice(0, trainDays - longUsable).reduce((s, m) => s + m, 0);
  const longTargetMin = Math.min(goalLong, longDayMaxMin);
  const startMin = Math.min(capacityMin, Math.max(MIN_WEEKLY_MIN, floor5(req.currentWeeklyMin)));
  const currentLong = req.currentLongMin ?? req.currentWeeklyMin * LONG_SHARE_ESTIMATE;
  return {
    startMin,
    ceilingMin: Math.min(capacityMin, Math.max(startMin, goal.peakWeeklyMin[req.experience])),
    longStartMin: Math.min(longTargetMin, Math.max(MIN_SESSION_MIN, floor5(currentLong))),
    longTargetMin,
    trainDays,
    capacityMin,
    longDayMaxMin,
  };
}
