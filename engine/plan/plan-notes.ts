import type { Feasibility } from './feasibility.ts';
import type { GoalSpec } from './goals.ts';
import type { Phase, WeekShape } from './phases.ts';
import type { PlanRequest } from './plan-request.ts';
import type { TargetContext } from './targets.ts';
import type { VolumePlan } from './volume-schedule.ts';

/** How the plan was built, in plain words. */
export function planNotes(
  req: PlanRequest,
  goal: GoalSpec,
  ctx: TargetContext,
  shapes: WeekShape[],
  volume: VolumePlan,
  feasibility: Feasibility,
): string[] {
  const count = (p: Phase) => shapes.filter((s) => s.phase === p).length;
  const toward = goal.id === 'general-fitness' ? 'for general fitness' : `toward ${goal.label}`;
  const notes = [
    `${shapes.length} weeks ${toward}: ${count('base')} base, ${count('build')} build, ${count('peak')} peak and ${count('taper')} taper.`,
    `We start at ${volume.startMin} minutes a week and add at most 10 % a week up to about ${volume.ceilingMin}, with a lighter week every ${req.experience === 'beginner' ? '3rd' : '4th'} week so the work can sink in; the week after a lighter one picks the climb up again.`,
    `The long session builds by about 10 minutes a week toward ${volume.longTargetMin} minutes.`,
    'About 80 % of the time is easy, with at most two harder sessions a week, never back to back when your days allow.',
    feasibility.summary,
  ];
  if (ctx.vdot !== null)
    notes.push(`Paces come from your VDOT of ${ctx.vdot.toFixed(1)} (Daniels).`);
  if (ctx.split2kS500m !== null)
    notes.push(
      'Splits come from your 2k pace in the training bands UT2, UT1, AT, TR and AN, the same bands your rows are counted in.',
    );
  return notes;
}

/** What the athlete should know before following the plan. */
export function planWarnings(
  feasibility: Feasibility,
  volume: VolumePlan,
  goal: GoalSpec,
  req: PlanRequest,
): string[] {
  const warnings: string[] = [];
  if (feasibility.status === 'stretch') {
    warnings.push(
      `${feasibility.summary} To make it comfortable: ${feasibility.changes.join('; or ')}.`,
    );
  }
  const wanted = goal.peakWeeklyMin[req.experience];
  if (volume.capacityMin < wanted && volume.ceilingMin < wanted)
    warnings.push(
      `Your days hold about ${volume.capacityMin} minutes a week, less than the ${wanted} this goal usually builds to, so the plan stays within that; add a day or more minutes any time and it grows.`,
    );
  return warnings;
}
