import { goalSpec } from '@/engine/plan/goals';
import type { PlanRequest } from '@/engine/plan/plan-request';
import { formatClock } from '@/engine/units/clock';
import { formatDay } from '@/lib/format/dates';
import { paceSPerKmToUnits } from '@/lib/format/units';
import type { Units } from '@/lib/store/profile-schema';

const RUN_DISTANCES: Record<number, string> = {
  5000: '5 km',
  10000: '10 km',
  21097.5: 'a half marathon',
  42195: 'a marathon',
};

/** A best effort's distance as athletes say it: "10 km", "a half marathon", "2,000 m". */
const effortDistance = (sport: PlanRequest['sport'], distanceM: number, units: Units) =>
  sport === 'row'
    ? `${distanceM.toLocaleString('en')} m`
    : (RUN_DISTANCES[distanceM] ??
      (units === 'imperial'
        ? `${(distanceM / 1609.344).toFixed(1)} mi`
        : `${distanceM / 1000} km`));

const DAY = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const EXPERIENCE = {
  beginner: 'new to structured training',
  intermediate: 'a season or two of regular training',
  advanced: 'years of structured training',
};

export function goalWords(request: Pick<PlanRequest, 'sport' | 'goal' | 'raceDate'>): string {
  const spec = goalSpec(request.sport, request.goal);
  const sport = request.sport === 'run' ? 'Running' : 'Rowing';
  if (!spec || request.goal === 'general-fitness') return `${sport}: just get fitter, no race`;
  return `${sport}: ${spec.label}${request.raceDate ? ` on ${formatDay(request.raceDate)}` : ''}`;
}

/** What the plan will be made from, each answer in words, estimates and defaults said so. */
export function PlanSummary(props: {
  request: PlanRequest;
  units: Units;
  weeklyFromHistory: boolean;
  experienceGiven: boolean;
  pacesFromThresholdSPerKm: number | null;
}) {
  const { request, units, pacesFromThresholdSPerKm: threshold } = props;
  const days = request.days
    .map((d) => `${DAY[d.day]}${d.maxMin === null ? '' : ` (${d.maxMin} min)`}`)
    .join(', ');
  const rows: [string, string][] = [
    ['Goal', goalWords(request)],
    ['Days', days + (request.longDay ? `; long session on ${DAY[request.longDay]}` : '')],
    [
      'Training now',
      `${request.currentWeeklyMin} min a week${props.weeklyFromHistory ? ' (from your history here)' : ''}`,
    ],
    [
      'Experience',
      props.experienceGiven
        ? EXPERIENCE[request.experience]
        : 'not given, so the plan starts gently, as for someone new to structured training',
    ],
    [
      'Paces from',
      threshold !== null
        ? `your threshold pace of ${formatClock(paceSPerKmToUnits(threshold, units))} ${units === 'imperial' ? '/mi' : '/km'}`
        : request.best
          ? `${effortDistance(request.sport, request.best.distanceM, units)} in ${formatClock(request.best.timeS)}`
          : 'typical paces for your experience (the plan says where it uses them)',
    ],
  ];
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]" data-testid="plan-summary">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
