import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatPaceValue, paceMode, paceValue } from '@/components/charts/pace-mode';
import type { Athlete, AthleteInput } from '@/engine/activity/athlete';
import type { ActivityZones, ZoneTime } from '@/engine/analysis/activity-zones';
import { formatClock } from '@/engine/units/clock';
import type { Units } from '@/lib/store/profile-schema';

type ZoneSet = {
  key: string;
  title: string;
  /** Which zones, from which setting, and whether that setting is the athlete's own. */
  source: string;
  assumed: boolean;
  zones: ZoneTime[];
  range: (lo: number, hi: number | null) => string;
};

const bpm = (lo: number, hi: number | null) =>
  hi === null
    ? `${Math.round(lo)}+ bpm`
    : lo <= 0
      ? `under ${Math.round(hi)} bpm`
      : `${Math.round(lo)}–${Math.round(hi) - 1} bpm`;

function heartRateSet(zones: ActivityZones, athlete: Athlete, input: AthleteInput): ZoneSet | null {
  const ownLthr = input.lthr !== undefined;
  // Friel's zones need threshold HR; with only max (and rest) given, Karvonen's reserve zones fit.
  if (!ownLthr && input.maxHr !== undefined && zones.heartRateReserve)
    return {
      key: 'hr',
      title: 'Heart rate',
      source: `Karvonen zones from your max ${athlete.maxHr} and resting ${athlete.restHr} bpm${input.restHr === undefined ? ' (resting assumed)' : ''}.`,
      assumed: input.restHr === undefined,
      zones: zones.heartRateReserve,
      range: bpm,
    };
  if (!zones.heartRateLthr) return null;
  return {
    key: 'hr',
    title: 'Heart rate',
    source: ownLthr
      ? `Friel zones from your threshold heart rate, ${Math.round(athlete.lthr)} bpm.`
      : `Friel zones from a threshold heart rate of ${Math.round(athlete.lthr)} bpm, estimated from ${input.maxHr === undefined ? 'an assumed' : 'your'} max of ${athlete.maxHr} bpm.`,
    assumed: !ownLthr,
    zones: zones.heartRateLthr,
    range: bpm,
  };
}

function speedSets(
  zones: ActivityZones,
  athlete: Athlete,
  input: AthleteInput,
  sport: string,
  units: Units,
): ZoneSet[] {
  const mode = paceMode(sport, units);
  // Zones are on speed; a pace range runs from the slower (upper zone bound) to the faster.
  const paceRange = (lo: number, hi: number | null) =>
    hi === null
      ? `faster than ${formatPaceValue(mode, paceValue(mode, lo))}`
      : lo <= 0
        ? `slower than ${formatPaceValue(mode, paceValue(mode, hi))}`
        : `${formatPaceValue(mode, paceValue(mode, lo), false)}–${formatPaceValue(mode, paceValue(mode, hi))}`;
  const sets: ZoneSet[] = [];
  if (zones.pace)
    sets.push({
      key: 'pace',
      title: 'Pace',
      source: `Friel pace zones from ${input.thresholdPaceSPerKm === undefined ? 'an assumed' : 'your'} threshold pace of ${formatPaceValue(paceMode('running', 'metric'), athlete.thresholdPaceSPerKm)}.`,
      assumed: input.thresholdPaceSPerKm === undefined,
      zones: zones.pace,
      range: paceRange,
    });
  if (zones.rowing)
    sets.push({
      key: 'rowing',
      title: 'Rowing bands',
      source: `Bands from ${input.best2kS === undefined ? 'an assumed' : 'your'} 2k of ${formatClock(athlete.best2kS)} (${formatClock(athlete.best2kS / 4, { decimals: 1 })} /500 m).`,
      assumed: input.best2kS === undefined,
      zones: zones.rowing,
      range: paceRange,
    });
  return sets;
}

function powerSet(
  zones: ActivityZones,
  athlete: Athlete,
  input: AthleteInput,
  sport: string,
): ZoneSet | null {
  if (!zones.power) return null;
  const ftp = sport === 'rowing' ? athlete.rowingFtpW : athlete.cyclingFtpW;
  const from2k = sport === 'rowing' && input.rowingFtpW === undefined;
  return {
    key: 'power',
    title: 'Power',
    source: `Coggan levels from an FTP of ${Math.round(ftp ?? 0)} W${from2k ? `, from ${input.best2kS === undefined ? 'an assumed' : 'your'} 2k by Paul's law` : ''}.`,
    assumed: from2k && input.best2kS === undefined,
    zones: zones.power,
    range: (lo, hi) =>
      hi === null ? `${Math.round(lo)}+ W` : `${Math.round(lo)}–${Math.round(hi) - 1} W`,
  };
}

/** Time in heart-rate, pace and power zones, each set saying where its boundaries come from. */
export function ZonesCard(props: {
  zones: ActivityZones;
  athlete: Athlete;
  input: AthleteInput;
  sport: string;
  units: Units;
}) {
  const { zones, athlete, input, sport, units } = props;
  const sets = [
    heartRateSet(zones, athlete, input),
    ...speedSets(zones, athlete, input, sport, units),
    powerSet(zones, athlete, input, sport),
  ].filter((s): s is ZoneSet => s !== null && s.zones.some((z) => z.seconds > 0));
  if (sets.length === 0) return null;
  return (
    <Card title="Time in zones">
      <div className="grid gap-5 md:grid-cols-2">
        {sets.map((set) => (
          <ZoneTable key={set.key} set={set} />
        ))}
      </div>
      {sets.some((s) => s.assumed) ? (
        <p className="mt-3 text-sm">
          Some zones use assumed values.{' '}
          <Link href="/settings/" className="text-link underline">
            Set yours in Settings
          </Link>{' '}
          and every activity follows.
        </p>
      ) : null}
    </Card>
  );
}

function ZoneTable({ set }: { set: ZoneSet }) {
  const total = set.zones.reduce((s, z) => s + z.seconds, 0);
  return (
    <div>
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="mb-1 text-left font-medium">{set.title} zones</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Zone</th>
            <th scope="col">Range</th>
            <th scope="col">Time</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {set.zones.map((z, i) => {
            const share = total > 0 ? z.seconds / total : 0;
            const next = set.zones[i + 1];
            return (
              <tr key={z.name}>
                <th scope="row" className="w-10 py-0.5 font-normal">
                  {z.name}
                </th>
                <td className="pr-2 text-xs text-slate-600 dark:text-slate-300">
                  {set.range(z.min, next ? next.min : null)}
                </td>
                <td className="w-14 text-right">{formatClock(z.seconds)}</td>
                <td className="w-24 pl-2">
                  <span className="sr-only">{Math.round(share * 100)} %</span>
                  <span
                    aria-hidden="true"
                    className="block h-2 rounded bg-brand"
                    style={{ width: `${Math.max(share * 100, z.seconds > 0 ? 2 : 0)}%` }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{set.source}</p>
    </div>
  );
}
