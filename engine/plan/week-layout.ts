import type { Weekday } from './calendar-date.ts';
import { addDays, daysBetween } from './calendar-date.ts';
import {
  minimumQualityMin,
  repMinutes,
  qualitySession,
  steadySession,
  type Session,
  type TargetContext,
} from './session-builders.ts';

export type QualityKind = 'tempo' | 'intervals' | 'racePace';

/** One day the athlete can train this week, with at most how many minutes. */
export type DayBudget = { date: string; day: Weekday; maxMin: number };

export type WeekRequest = {
  ctx: TargetContext;
  volumeMin: number;
  days: DayBudget[];
  longDay: Weekday | null;
  qualityKinds: QualityKind[];
  /** Race date when it falls in this week: no long session, nothing hard in the last 2 days. */
  raceDate: string | null;
  longCapMin: number;
  /** Long and hard session dates from the week before, so Monday is not hard after Sunday's long. */
  heavyDatesBefore: string[];
};

/** At most this share of the week is the long session, or an even share when there are few days. */
export const LONG_SHARE = 0.3;
/** Hard time (zones 3–5) is kept to at most this share of the week: ~80 % easy (Seiler 2010). */
export const MAX_HARD_SHARE = 0.2;
export const MAX_TRAINING_DAYS = 6;
export const MIN_SESSION_MIN = 20;
/**
 * Daniels: threshold work ≤ 10 % and interval work ≤ 8 % of weekly volume; small weeks still get
 * two repeats when they fit under the 20 % hard share.
 */
const WORK_SHARE: Record<QualityKind, number> = { tempo: 0.1, intervals: 0.08, racePace: 0.1 };

const floor5 = (minutes: number): number => Math.floor(minutes / 5) * 5;

export const longShareCap = (trainingDays: number): number =>
  Math.max(LONG_SHARE, 1 / Math.max(1, trainingDays));

/**
 * Seven days offered: one is rest. It follows the long session when that is in this week, or
 * opens the week when last week ended with a heavy day; otherwise (a plan's first week) it is the
 * day before the long session, so a plan made today can start today and meet the long day fresh.
 */
function chooseDays(
  days: DayBudget[],
  longDate: string | null,
  heavyDatesBefore: string[],
): DayBudget[] {
  if (days.length <= MAX_TRAINING_DAYS) return days;
  const inWeek = (date: string) => days.some((d) => d.date === date);
  const first = days[0]!.date;
  const afterLong = longDate ? addDays(longDate, 1) : null;
  const beforeLong = longDate ? addDays(longDate, -1) : null;
  const rest =
    afterLong && inWeek(afterLong)
      ? afterLong
      : heavyDatesBefore.includes(addDays(first, -1)) || !beforeLong || !inWeek(beforeLong)
        ? first
        : beforeLong;
  return days.filter((d) => d.date !== rest);
}

function pickLongDay(days: DayBudget[], preferred: Weekday | null): DayBudget | null {
  if (days.length < 2) return null;
  const chosen = days.find((d) => d.day === preferred);
  if (chosen) return chosen;
  return days.reduce((best, d) => (d.maxMin >= best.maxMin ? d : best));
}

const adjacent = (a: string, b: string): boolean => Math.abs(daysBetween(a, b)) <= 1;

/** Lays out one week: long day, up to two hard days kept apart, easy days sharing the rest. */
export function layoutWeek(req: WeekRequest): { date: string; session: Session }[] {
  const inRaceWeek = req.raceDate !== null;
  const preferredLong = inRaceWeek ? null : pickLongDay(req.days, req.longDay);
  const days = chooseDays(req.days, preferredLong?.date ?? null, req.heavyDatesBefore);
  const longBudget = preferredLong && days.includes(preferredLong) ? preferredLong : null;
  const out: { date: string; session: Session }[] = [];
  const taken = new Set<string>();

  if (longBudget) {
    const share = longShareCap(days.length);
    const longMin = floor5(Math.min(req.longCapMin, longBudget.maxMin, share * req.volumeMin));
    if (longMin >= MIN_SESSION_MIN) {
      out.push({ date: longBudget.date, session: steadySession(req.ctx, 'long', longMin) });
      taken.add(longBudget.date);
    }
  }

  let hardMin = 0;
  const hardDates: string[] = [];
  // What each remaining day would get if the rest of the week were shared out: a hard day's target.
  const rest = days.filter((d) => !taken.has(d.date));
  const restShares = shareEasyMinutes(
    req.volumeMin - (out[0]?.session.durationMin ?? 0),
    rest,
    req.raceDate,
  );
  const shareOf = new Map(rest.map((d, i) => [d.date, restShares[i]!]));
  for (const kind of req.qualityKinds) {
    const minMin = minimumQualityMin(kind, req.ctx.sport);
    const candidates = days
      .filter((d) => !taken.has(d.date) && d.maxMin >= minMin)
      .filter((d) => req.raceDate === null || daysBetween(d.date, req.raceDate) >= 3)
      .map((d) => ({
        d,
        clashes: [...taken, ...req.heavyDatesBefore].filter((t) => adjacent(t, d.date)).length,
      }))
      .sort(
        (a, b) =>
          a.clashes - b.clashes || b.d.maxMin - a.d.maxMin || (a.d.date < b.d.date ? -1 : 1),
      );
    const pick = candidates[0];
    if (!pick || days.length - taken.size < 2) continue;
    const workMin = Math.max(WORK_SHARE[kind] * req.volumeMin, 2 * repMinutes(kind, req.ctx.sport));
    const session = qualitySession(req.ctx, kind, {
      workMin,
      maxMin: pick.d.maxMin,
      targetMin: shareOf.get(pick.d.date) ?? 0,
    });
    if (!session || hardMin + session.hardMin > MAX_HARD_SHARE * req.volumeMin) continue;
    // A hard session never pushes the week past its volume (the 10 % rule is about all minutes).
    const used = out.reduce((sum, o) => sum + o.session.durationMin, 0);
    if (used + session.durationMin > req.volumeMin) continue;
    hardMin += session.hardMin;
    hardDates.push(pick.d.date);
    out.push({ date: pick.d.date, session });
    taken.add(pick.d.date);
  }

  const free = days.filter((d) => !taken.has(d.date));
  const used0 = out.reduce((sum, o) => sum + o.session.durationMin, 0);
  const easyDays = spreadDays(free, Math.floor((req.volumeMin - used0) / MIN_SESSION_MIN));
  const shares = shareEasyMinutes(req.volumeMin - used0, easyDays, req.raceDate);
  const afterHeavy = [
    ...req.heavyDatesBefore,
    ...out.filter((o) => o.session.type === 'long').map((o) => o.date),
    ...hardDates,
  ].map((d) => addDays(d, 1));
  easyDays.forEach((d, i) => {
    const minutes = shares[i]!;
    if (minutes < MIN_SESSION_MIN) return;
    const gentle = afterHeavy.includes(d.date);
    const type = gentle && minutes <= 40 ? 'recovery' : 'easy';
    out.push({ date: d.date, session: steadySession(req.ctx, type, minutes) });
  });
  const capped = capHardShare(capLongShare(out, req.ctx, longShareCap(days.length)), req.ctx);
  return capped.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * When the days could not hold the planned volume, the hard share of what is left may pass 20 %:
 * the later hard sessions then become easy ones of the same length.
 */
function capHardShare(
  out: { date: string; session: Session }[],
  ctx: TargetContext,
): { date: string; session: Session }[] {
  const total = out.reduce((sum, o) => sum + o.session.durationMin, 0);
  let hard = out.reduce((sum, o) => sum + o.session.hardMin, 0);
  return [...out].reverse().map((o) => {
    if (hard <= MAX_HARD_SHARE * total || o.session.hardMin === 0) return o;
    hard -= o.session.hardMin;
    return { date: o.date, session: steadySession(ctx, 'easy', o.session.durationMin) };
  });
}

/** When short days could not absorb their share, trims the long session back to its share of the week. */
function capLongShare(
  out: { date: string; session: Session }[],
  ctx: TargetContext,
  share: number,
): { date: string; session: Session }[] {
  const long = out.find((o) => o.session.type === 'long');
  if (!long || share >= 1) return out;
  const others = out.reduce((sum, o) => sum + o.session.durationMin, 0) - long.session.durationMin;
  const allowed = floor5((share * others) / (1 - share));
  if (long.session.durationMin <= allowed) return out;
  const rest = out.filter((o) => o !== long);
  return allowed < MIN_SESSION_MIN
    ? rest
    : [...rest, { date: long.date, session: steadySession(ctx, 'long', allowed) }];
}

/** At most `count` of the days, spread through the week, so no easy session falls under 20 minutes. */
function spreadDays(days: DayBudget[], count: number): DayBudget[] {
  if (count >= days.length) return days;
  if (count <= 0) return [];
  return Array.from({ length: count }, (_, i) => days[Math.floor((i * days.length) / count)]!);
}

/** Water-fills easy minutes over the easy days: even shares, each capped by what the day allows. */
function shareEasyMinutes(totalMin: number, days: DayBudget[], raceDate: string | null): number[] {
  // The day before the race stays short.
  const caps = days.map((d) =>
    raceDate !== null && daysBetween(d.date, raceDate) <= 1 ? Math.min(d.maxMin, 30) : d.maxMin,
  );
  const shares = days.map(() => 0);
  let left = Math.max(0, totalMin);
  let open = caps.map((_, i) => i);
  while (left >= 5 && open.length > 0) {
    const each = Math.max(5, floor5(left / open.length));
    for (const i of open) {
      const give = Math.min(each, caps[i]! - shares[i]!, left);
      shares[i]! += give;
      left -= give;
    }
    open = open.filter((i) => caps[i]! - shares[i]! >= 5);
  }
  return shares.map(floor5);
}
