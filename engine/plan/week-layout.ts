import { addDays, daysBetween, type Weekday } from './calendar-date.ts';
import { isHard } from '../workout/hard-sessions.ts';
import {
  minimumQualityMin,
  qualitySession,
  steadySession,
  type QualityBudget,
  type QualityKind,
} from './session-builders.ts';
import type { TargetContext } from './targets.ts';
import { floor5, MIN_SESSION_MIN } from './volume-schedule.ts';
import { balanceLong, placeEasy } from './easy-sessions.ts';
import {
  dayCap,
  minutesOf,
  PRE_RACE_DAYS,
  type DayBudget,
  type Laid,
  type WeekRequest,
} from './week-days.ts';

export {
  PRE_RACE_DAYS,
  PRE_RACE_MAX_MIN,
  type DayBudget,
  type Laid,
  type WeekRequest,
} from './week-days.ts';

/** Hard time (zones 3–5) is kept to at most this share of the week: ~80 % easy (Seiler 2010). */
export const MAX_HARD_SHARE = 0.2;
export const MAX_TRAINING_DAYS = 6;
/** Hard sessions stay at least this many days before the race. */
const HARD_BEFORE_RACE_DAYS = 3;

const adjacent = (a: string, b: string): boolean => Math.abs(daysBetween(a, b)) <= 1;

/**
 * Seven days offered: one is rest, never the long day. It is the day with the least room; on a tie
 * it follows the long session when that is in this week, or opens the week when last week ended
 * with a heavy day; otherwise (a plan's first week) it is the day before the long session, so a
 * plan made today can start today and meet the long day fresh.
 */
function chooseDays(days: DayBudget[], longDate: string | null, heavyBefore: string[]) {
  if (days.length <= MAX_TRAINING_DAYS) return days;
  const inWeek = (date: string) => days.some((d) => d.date === date);
  const first = days[0]!.date;
  const afterLong = longDate ? addDays(longDate, 1) : null;
  const beforeLong = longDate ? addDays(longDate, -1) : null;
  const preferred =
    afterLong && inWeek(afterLong)
      ? afterLong
      : heavyBefore.includes(addDays(first, -1)) || !beforeLong || !inWeek(beforeLong)
        ? first
        : beforeLong;
  const candidates = days.filter((d) => d.date !== longDate);
  const least = Math.min(...candidates.map((d) => d.maxMin));
  const rest = candidates.some((d) => d.date === preferred && d.maxMin === least)
    ? preferred
    : candidates.find((d) => d.maxMin === least)!.date;
  return days.filter((d) => d.date !== rest);
}

function pickLongDay(days: DayBudget[], preferred: Weekday | null): DayBudget | null {
  if (days.length < 2) return null;
  return (
    days.find((d) => d.day === preferred) ??
    days.reduce((best, d) => (d.maxMin >= best.maxMin ? d : best))
  );
}

/** Lays out one week: the long session, up to two hard days kept apart, easy days for the rest. */
export function layoutWeek(req: WeekRequest): Laid[] {
  const { target } = req;
  const usable = req.days.filter((d) => dayCap(d, req.raceDate) >= MIN_SESSION_MIN);
  const picked = target.longMin > 0 ? pickLongDay(usable, req.longDay) : null;
  const longDay =
    picked && (req.raceDate === null || daysBetween(picked.date, req.raceDate) > PRE_RACE_DAYS)
      ? picked
      : null;
  const days = chooseDays(usable, longDay?.date ?? null, req.heavyDatesBefore);
  const sessions = Math.min(target.sessions, days.length);
  const out: Laid[] = [];
  if (longDay && days.includes(longDay)) {
    const minutes = Math.min(target.longMin, dayCap(longDay, req.raceDate));
    if (minutes >= MIN_SESSION_MIN)
      out.push({ date: longDay.date, session: steadySession(req.ctx, 'long', minutes) });
  }
  const budgets = placeQuality(req, days, sessions, out);
  placeEasy(req, days, sessions, out);
  topUp(req, days, out, budgets);
  return balanceLong(req, days, capHardShare(out, req.ctx)).sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}

function placeQuality(
  req: WeekRequest,
  days: DayBudget[],
  sessions: number,
  out: Laid[],
): Map<string, QualityBudget & { kind: QualityKind }> {
  const volume = req.target.volumeMin;
  const budgets = new Map<string, QualityBudget & { kind: QualityKind }>();
  let hardS = 0;
  for (const kind of req.qualityKinds) {
    const slots = sessions - out.length;
    if (slots < 1) break;
    const taken = out.map((o) => o.date);
    const heavy = [...taken, ...req.heavyDatesBefore];
    const need = minimumQualityMin(req.ctx, kind, req.weeklyM);
    const pick = days
      .filter((d) => !taken.includes(d.date) && dayCap(d, req.raceDate) >= need)
      .filter(
        (d) => req.raceDate === null || daysBetween(d.date, req.raceDate) >= HARD_BEFORE_RACE_DAYS,
      )
      .map((d) => ({ d, clashes: heavy.filter((t) => adjacent(t, d.date)).length }))
      .sort(
        (a, b) =>
          a.clashes - b.clashes || b.d.maxMin - a.d.maxMin || (a.d.date < b.d.date ? -1 : 1),
      )[0];
    if (!pick) continue;
    const used = minutesOf(out);
    const budget = {
      weeklyM: req.weeklyM,
      maxWorkS: MAX_HARD_SHARE * volume * 60 - hardS,
      maxMin: Math.min(dayCap(pick.d, req.raceDate), volume - used - (slots - 1) * MIN_SESSION_MIN),
      targetMin: (volume - used) / slots,
    };
    const session = qualitySession(req.ctx, kind, budget);
    if (!session) continue;
    hardS += session.hardMin * 60;
    // A later top-up may lengthen its easy parts, never its hard work.
    budgets.set(pick.d.date, { ...budget, kind, maxWorkS: session.hardMin * 60 });
    out.push({ date: pick.d.date, session });
  }
  return budgets;
}

/**
 * Minutes the sessions' shares left over (a short day next to a long one) go to the sessions that
 * have room: easy ones first, then the easy warm-up and cool-down of hard ones, then the long
 * session up to this week's long target, and last a free day gets an easy session of its own.
 */
function topUp(
  req: WeekRequest,
  days: DayBudget[],
  out: Laid[],
  budgets: Map<string, QualityBudget & { kind: QualityKind }>,
): void {
  const rank = (t: string) => (t === 'easy' || t === 'recovery' ? 0 : t === 'long' ? 2 : 1);
  const order = out
    .map((_, i) => i)
    .sort((a, b) => rank(out[a]!.session.type) - rank(out[b]!.session.type));
  for (const i of order) {
    const left = req.target.volumeMin - minutesOf(out);
    if (left < 5) break;
    const { date, session } = out[i]!;
    const cap = dayCap(
      days.find((d) => d.date === date)!,
      req.raceDate,
    );
    const limit =
      session.type === 'long'
        ? Math.min(cap, Math.max(req.target.longMin, session.durationMin))
        : cap;
    const minutes =
      session.durationMin + Math.min(floor5(left), floor5(limit - session.durationMin));
    if (minutes <= session.durationMin) continue;
    const budget = budgets.get(date);
    const grown = budget
      ? qualitySession(req.ctx, budget.kind, {
          ...budget,
          maxMin: cap,
          targetMin: minutes,
          maxExtraMin: Infinity,
        })
      : steadySession(
          req.ctx,
          session.type === 'recovery' && minutes <= 40
            ? 'recovery'
            : session.type === 'long'
              ? 'long'
              : 'easy',
          minutes,
        );
    if (grown && grown.durationMin <= minutes) out[i] = { date, session: grown };
  }
  for (const d of days) {
    const left = floor5(req.target.volumeMin - minutesOf(out));
    const minutes = Math.min(left, dayCap(d, req.raceDate));
    if (minutes < MIN_SESSION_MIN || out.some((o) => o.date === d.date)) continue;
    out.push({ date: d.date, session: steadySession(req.ctx, 'easy', minutes) });
  }
}

/**
 * When the days could not hold the planned volume, the hard share of what is left may pass 20 %:
 * the later hard sessions then become easy ones of the same length.
 */
function capHardShare(out: Laid[], ctx: TargetContext): Laid[] {
  const total = minutesOf(out);
  let hard = out.reduce((sum, o) => sum + o.session.hardMin, 0);
  return [...out].reverse().map((o) => {
    if (hard <= MAX_HARD_SHARE * total + 1e-9 || !isHard(o.session.type)) return o;
    hard -= o.session.hardMin;
    return { date: o.date, session: steadySession(ctx, 'easy', o.session.durationMin) };
  });
}
