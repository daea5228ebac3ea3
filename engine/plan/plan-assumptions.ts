import type { Assumption } from '../fitness/assumption.ts';
import type { GoalSpec } from './goals.ts';
import type { PlanRequest } from './plan-request.ts';
import { ASSUMED_BASIS, type TargetContext } from './targets.ts';
import { MIN_WEEKLY_MIN, type VolumePlan } from './volume-schedule.ts';

const clock = (s: number) => {
  const m = Math.floor(s / 60);
  return `${m}:${String(Math.round(s - m * 60)).padStart(2, '0')}`;
};

/** The defaults and estimates a plan was built on, each said out loud. */
export function planAssumptions(
  req: PlanRequest,
  goal: GoalSpec,
  ctx: TargetContext,
  volume: VolumePlan,
): Assumption[] {
  const out: Assumption[] = [];
  if (req.currentWeeklyMin < MIN_WEEKLY_MIN)
    out.push({
      field: 'currentWeeklyMin',
      value: volume.startMin,
      text: `You train under an hour a week now, so the plan starts at ${volume.startMin} minutes a week in short sessions.`,
    });
  if (req.currentLongMin == null && goal.readyLongMin > 0)
    out.push({
      field: 'currentLongMin',
      value: volume.longStartMin,
      text: `Your longest recent session is taken as about ${volume.longStartMin} minutes (about 30 % of your week); tell us if it is longer and the long sessions start from there.`,
    });
  if (req.best === null) {
    const basis = ASSUMED_BASIS[req.experience];
    const example =
      req.sport === 'run'
        ? `a runner of VDOT ${basis.runVdot}`
        : `a rower with a 2k of ${clock(basis.split2kS500m * 4)}`;
    out.push({
      field: 'best',
      value: null,
      text: `No recent race or test time: sessions are guided by heart rate and feel, and repeats are timed as for ${example} (a typical ${req.experience} athlete). Add a best time for paces${req.sport === 'row' ? ' and splits' : ''}.`,
    });
  }
  if (req.heartRateZones === null)
    out.push({
      field: 'heartRateZones',
      value: null,
      text: 'No heart-rate zones: targets name the zone without beats per minute. Add your maximum and resting heart rate for numbers.',
    });
  if (ctx.sport === 'run' && ctx.vdot === null && goal.id === 'marathon')
    out.push({
      field: 'longTargetMin',
      value: volume.longTargetMin,
      text: `The long run builds toward ${volume.longTargetMin} minutes; with a best time it is sized to about 30 km at your easy pace.`,
    });
  return out;
}
