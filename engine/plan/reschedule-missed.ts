import { HARD_TYPES } from '../workout/hard-sessions.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import { addDays, daysBetween, weekdayOf, type Weekday } from './calendar-date.ts';

/**
 * Where a missed key session can go. The rule, in plain words (the reason text repeats it):
 * 1. Only later days in the same plan week: the next week has its own key sessions, and carrying
 *    work over is how a plan piles up (Runna realigns only after ≥3 misses; SCIENCE.md §1b, §6.8).
 * 2. Only a day the athlete trains on, with room for the session's minutes (never more minutes
 *    on a day than the athlete has).
 * 3. The day holds nothing, or one easy or recovery session that nobody edited: the key session
 *    takes its place and the easy one is let go — the lesser session makes way.
 * 4. The days either side hold no hard session (the race counts): no hard days back to back, the
 *    hard–easy pattern the plan generator follows (Seiler 2010). A hard session does not land
 *    next to the long one either, and a missed long session does not crowd a hard day.
 * 5. The week keeps at most two hard sessions.
 * The first day that passes, in date order, wins; with none, the session is let go.
 */

export type DayRoom = { day: Weekday; maxMin: number | null };

export type Slot = {
  date: string;
  /** The easy session the missed one takes the place of, when the day was not empty. */
  replaces: PlannedWorkout | null;
};

export type NoSlot = 'weekOver' | 'noRoom';

export type SlotQuery = {
  missed: PlannedWorkout;
  /** The plan as it stands with the changes already proposed applied. */
  workouts: PlannedWorkout[];
  today: string;
  weekStart: string;
  room: DayRoom[];
  /** Dates on which something was already done, so the day is not offered twice. */
  doneDates: ReadonlySet<string>;
};

/** The first day of the plan week holding `date`, weeks being 7-day blocks from `weekStart`. */
export function planWeekStart(date: string, weekStart: string): string {
  const offset = ((daysBetween(weekStart, date) % 7) + 7) % 7;
  return addDays(date, -offset);
}

/**
 * The training days and how long each may be, read from the plan itself when the athlete's
 * availability is not given: a weekday counts when the plan ever trains on it, for at most the
 * longest session it plans there.
 */
export function roomFromPlan(workouts: PlannedWorkout[]): DayRoom[] {
  const longest = new Map<Weekday, number>();
  for (const w of workouts) {
    if (w.type === 'race') continue;
    const day = weekdayOf(w.date);
    longest.set(day, Math.max(longest.get(day) ?? 0, w.durationMin));
  }
  return [...longest].map(([day, maxMin]) => ({ day, maxMin }));
}

export function findSlot(q: SlotQuery): Slot | NoSlot {
  const weekEnd = addDays(planWeekStart(q.missed.date, q.weekStart), 6);
  const first = q.today > q.missed.date ? q.today : addDays(q.missed.date, 1);
  if (first > weekEnd) return 'weekOver';
  const others = q.workouts.filter((w) => w.id !== q.missed.id);
  const on = (date: string) => others.filter((w) => w.date === date);
  const hardOn = (date: string) => on(date).some((w) => HARD_TYPES.has(w.type));
  // A hard session keeps away from hard days and the long one; a long one from hard days.
  const hard = HARD_TYPES.has(q.missed.type);
  const heavyOn = (date: string) =>
    hardOn(date) || (hard && on(date).some((w) => w.type === 'long'));
  const weekStart = planWeekStart(q.missed.date, q.weekStart);
  const hardInWeek = others.filter(
    (w) => HARD_TYPES.has(w.type) && w.date >= weekStart && w.date <= weekEnd,
  ).length;
  if (HARD_TYPES.has(q.missed.type) && hardInWeek >= 2) return 'noRoom';
  for (let date = first; date <= weekEnd; date = addDays(date, 1)) {
    const room = q.room.find((r) => r.day === weekdayOf(date));
    if (!room || (room.maxMin !== null && room.maxMin < q.missed.durationMin)) continue;
    if (q.doneDates.has(date)) continue;
    if (heavyOn(addDays(date, -1)) || heavyOn(addDays(date, 1))) continue;
    const there = on(date);
    if (there.length === 0) return { date, replaces: null };
    const easy = there[0]!;
    if (there.length === 1 && !easy.locked && (easy.type === 'easy' || easy.type === 'recovery'))
      return { date, replaces: easy };
  }
  return 'noRoom';
}
