import type { Activity } from '../engine/activity/types.ts';
import type { ActivitySummary } from '../engine/analysis/analyze-activity.ts';
import { METERS_PER_MILE } from '../engine/units/pace.ts';
import { formatClock } from './clock.ts';

const METHOD_NAMES = {
  'power-tss': 'power TSS',
  'running-tss': 'running TSS',
  'swim-tss': 'swim TSS',
  hrss: 'heart-rate stress score',
  'session-rpe': 'session RPE',
  none: 'no power or heart rate, and pace counts for runs and swims only',
} as const;

const km = (m: number) => `${(m / 1000).toFixed(2)} km`;
const miles = (m: number) => `${(m / METERS_PER_MILE).toFixed(2)} mi`;
const clockOrDash = (s: number | null, suffix: string) =>
  s === null ? '—' : `${formatClock(s)} ${suffix}`;

function summaryLines(s: ActivitySummary): string[] {
  const rowing = s.sport === 'rowing';
  const lines = [
    `${s.sport}${s.subSport && s.subSport !== 'generic' ? ` (${s.subSport.replace(/_/g, ' ')})` : ''} · ${s.startTime}`,
    `Distance   ${km(s.distanceM)} (${miles(s.distanceM)})`,
    `Time       ${formatClock(s.elapsedS)} elapsed · ${formatClock(s.movingS)} moving`,
    rowing
      ? `Pace       ${clockOrDash(s.pace.per500mS, '/500 m')}`
      : `Pace       ${clockOrDash(s.pace.perKmS, '/km')} · ${clockOrDash(s.pace.perMileS, '/mi')}`,
  ];
  if (s.avgHr !== null)
    lines.push(
      `Heart rate ${Math.round(s.avgHr)} bpm average · ${Math.round(s.maxHr ?? 0)} bpm max`,
    );
  if (s.avgPowerW !== null || s.rowing?.avgPowerW) {
    lines.push(`Power      ${Math.round(s.avgPowerW ?? s.rowing?.avgPowerW ?? 0)} W average`);
  }
  if (s.rowing?.caloriesKcal)
    lines.push(`Calories   ${Math.round(s.rowing.caloriesKcal)} kcal (Concept2)`);
  if (!rowing)
    lines.push(
      `Climb      ${Math.round(s.elevationGainM)} m (${Math.round(s.elevationGainM / 0.3048)} ft)`,
    );
  lines.push(
    s.load.value === null
      ? `Load       not available (${METHOD_NAMES.none})`
      : `Load       ${Math.round(s.load.value)} (${METHOD_NAMES[s.load.method]})`,
  );
  if (s.efficiencyFactor !== null) {
    const unit = rowing ? 'W/bpm' : '(m/min)/bpm';
    const drift = s.decouplingPct === null ? '' : ` · decoupling ${s.decouplingPct.toFixed(1)} %`;
    lines.push(`Efficiency ${s.efficiencyFactor.toFixed(2)} ${unit}${drift}`);
    if (s.decoupling.reason && s.decoupling.reason.type !== 'no-heart-rate')
      lines.push(`           ${s.decoupling.reason.message}`);
  }
  const splits = rowing ? s.splits.m500 : s.splits.km;
  if (splits.length > 1) {
    const label = rowing ? '500 m' : 'km';
    const shown = splits
      .slice(0, 12)
      .map((split) => `${split.index}: ${formatClock(split.movingS)}`);
    lines.push(`Splits (${label}) ${shown.join('  ')}${splits.length > 12 ? '  …' : ''}`);
  }
  return lines;
}

function swimLine(swim: NonNullable<ActivitySummary['swim']>): string {
  const pool =
    swim.poolLengthM === null ? 'open water' : `${swim.activeLengths} × ${swim.poolLengthM} m`;
  const swolf = swim.swolf === null ? '' : ` · SWOLF ${Math.round(swim.swolf)}`;
  return `Swim       ${clockOrDash(swim.paceS100m, '/100 m')} · ${pool}${swolf}`;
}

/**
 * A short summary with units, metric and imperial side by side, where the device's own totals
 * differ, and what the import repaired.
 */
export function activityText(s: ActivitySummary, activity: Activity): string {
  const leg = activity.multisport;
  const lines = [
    ...(leg ? [`Leg ${leg.index + 1} of ${leg.count}`] : []),
    ...summaryLines(s),
    ...(s.swim ? [swimLine(s.swim)] : []),
    ...s.deviceDifferences.map((d) => `Device     ${d.message}`),
    ...(activity.notes ?? []).map((note) => `Note       ${note.message}`),
  ];
  return `${lines.join('\n')}\n`;
}
