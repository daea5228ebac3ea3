import { addDays } from './calendar-date.ts';
import { steadySession } from './session-builders.ts';
import { floor5, MIN_SESSION_MIN } from './volume-schedule.ts';
import {
  dayCap,
  longMinutes,
  minutesOf,
  type DayBudget,
  type Laid,
  type WeekRequest,
} from './week-days.ts';

/** `count` of the days, spread through the week. */
function spread(days: DayBudget[], count: number): DayBudget[] {
  if (count >= days.length) return days;
  return Array.from({ length: count }, (_, i) => days[Math.floor((i * days.length) / count)]!);
}

/** Days spread through the week, or, when they cannot hold the minutes, the roomiest ones. */
function roomiest(
  spreadDays: DayBudget[],
  free: DayBudget[],
  minutes: number,
  cap: (d: DayBudget) => number,
) {
  const room = (ds: DayBudget[]) => ds.reduce((s, d) => s + cap(d), 0);
  if (room(spreadDays) >= minutes) return spreadDays;
  const picked = new Set([...free].sort((a, b) => cap(b) - cap(a)).slice(0, spreadDays.length));
  return free.filter((d) => picked.has(d));
}

/** Water-fills minutes over days: even shares in 5-minute steps, each capped by what the day allows. */
function waterFill(totalMin: number, caps: number[]): number[] {
  const shares = caps.map(() => 0);
  let left = floor5(Math.max(0, totalMin));
  let open = caps.map((_, i) => i).filter((i) => caps[i]! >= 5);
  while (left >= 5 && open.length > 0) {
    const each = Math.max(5, floor5(left / open.length));
    for (const i of open) {
      const give = Math.min(each, caps[i]! - shares[i]!, left);
      shares[i]! += give;
      left -= give;
    }
    open = open.filter((i) => caps[i]! - shares[i]! >= 5);
  }
  return shares;
}

/** The fewest days, from `count` up, whose caps hold `left` minutes; the most days when none do. */
function fill(free: DayBudget[], count: number, left: number, cap: (d: DayBudget) => number) {
  let chosen: DayBudget[] = [];
  let shares: number[] = [];
  for (; count <= Math.min(free.length, Math.floor(left / MIN_SESSION_MIN)); count++) {
    chosen = roomiest(spread(free, count), free, left, cap);
    shares = waterFill(left, chosen.map(cap));
    if (left - shares.reduce((s, x) => s + x, 0) < 5) break;
  }
  return { chosen, shares, short: left - shares.reduce((s, x) => s + x, 0) >= 5 };
}

/**
 * The rest of the week's minutes as easy sessions of at least 20 minutes on the free days: as many
 * sessions as the week's target, more if the days cannot hold the minutes otherwise. No easy
 * session is longer than the long one when the free days can hold the minutes that way (another
 * day is used first); what still does not fit is left out: the days hold no more (the feasibility
 * check says so up front).
 */
export function placeEasy(
  req: WeekRequest,
  days: DayBudget[],
  sessions: number,
  out: Laid[],
): void {
  const free = days.filter((d) => !out.some((o) => o.date === d.date));
  const left = req.target.volumeMin - minutesOf(out);
  const count = Math.min(
    free.length,
    Math.max(0, sessions - out.length),
    Math.floor(left / MIN_SESSION_MIN),
  );
  const long = longMinutes(out);
  const underLong = fill(free, count, left, (d) => Math.min(dayCap(d, req.raceDate), long));
  const { chosen, shares } = underLong.short
    ? fill(free, count, left, (d) => dayCap(d, req.raceDate))
    : underLong;
  const afterHeavy = new Set(
    [...req.heavyDatesBefore, ...out.map((o) => o.date)].map((d) => addDays(d, 1)),
  );
  chosen.forEach((d, i) => {
    const minutes = shares[i]!;
    if (minutes < MIN_SESSION_MIN) return;
    const type = afterHeavy.has(d.date) && minutes <= 40 ? 'recovery' : 'easy';
    out.push({ date: d.date, session: steadySession(req.ctx, type, minutes) });
  });
}

/**
 * A long session shorter than an easy one is no long session: when the days forced an easy session
 * past it, the two meet in the middle (in 5-minute steps, within the long day's limit), so the week
 * keeps its minutes and the long session stays the longest.
 */
export function balanceLong(req: WeekRequest, days: DayBudget[], out: Laid[]): Laid[] {
  const result = [...out];
  const li = result.findIndex((o) => o.session.type === 'long');
  if (li < 0) return result;
  const longCap = dayCap(
    days.find((d) => d.date === result[li]!.date)!,
    req.raceDate,
  );
  for (;;) {
    const long = result[li]!.session.durationMin;
    const steady = result
      .map((o, i) => ({ o, i }))
      .filter(({ o }) => o.session.type === 'easy' || o.session.type === 'recovery')
      .sort((a, b) => b.o.session.durationMin - a.o.session.durationMin)[0];
    if (!steady || steady.o.session.durationMin <= long) return result;
    const moved = Math.min(
      longCap - long,
      Math.ceil((steady.o.session.durationMin - long) / 10) * 5,
    );
    if (moved < 5) return result;
    const easyMin = steady.o.session.durationMin - moved;
    result[li] = { date: result[li]!.date, session: steadySession(req.ctx, 'long', long + moved) };
    result[steady.i] = {
      date: steady.o.date,
      session: steadySession(
        req.ctx,
        steady.o.session.type === 'recovery' && easyMin <= 40 ? 'recovery' : 'easy',
        easyMin,
      ),
    };
  }
}
