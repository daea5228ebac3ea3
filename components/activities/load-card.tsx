import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatPaceValue, paceMode, paceValue } from '@/components/charts/pace-mode';
import type { ThresholdUse } from '@/engine/analysis/load-report';
import { formatClock } from '@/engine/units/clock';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import type { CurrentLoad } from '@/lib/store/activity-load';
import type { Units } from '@/lib/store/profile-schema';

const SETTING_NAMES: Record<ThresholdUse['name'], string> = {
  maxHr: 'max heart rate',
  restHr: 'resting heart rate',
  lthr: 'threshold heart rate',
  thresholdPaceSPerKm: 'threshold pace',
  best2kS: '2k time',
  rowingFtpW: 'rowing FTP',
  cyclingFtpW: 'cycling FTP',
  swimThresholdPaceS100m: 'threshold swim pace',
};

function settingValue(t: ThresholdUse, units: Units): string {
  switch (t.name) {
    case 'thresholdPaceSPerKm':
      return formatPaceValue(
        paceMode('running', units),
        paceValue(paceMode('running', units), 1000 / t.value),
      );
    case 'swimThresholdPaceS100m':
      return `${formatClock(t.value)} /100 m`;
    case 'best2kS':
      return formatClock(t.value, { decimals: 1 });
    case 'rowingFtpW':
    case 'cyclingFtpW':
      return `${Math.round(t.value)} W`;
    default:
      return `${Math.round(t.value)} bpm`;
  }
}

function howItWorks(entry: ActivityEntry, load: CurrentLoad, units: Units): string {
  const basis = entry.loadBasis;
  const report = load.report;
  switch (load.method) {
    case 'running-tss':
      return `Running stress: how long and how hard, from your normalised graded pace${basis?.gradedSpeedMps ? ` (${formatPaceValue(paceMode('running', units), paceValue(paceMode('running', units), basis.gradedSpeedMps))})` : ''} against your threshold pace. An hour at threshold scores 100.`;
    case 'power-tss':
      return `Power stress: from normalised power${(basis?.powerW ?? basis?.ergPowerW) ? ` (${Math.round((basis.powerW ?? basis.ergPowerW)!)} W)` : ''} against your threshold power. An hour at threshold scores 100.`;
    case 'swim-tss':
      return 'Swim stress: from your pace over the moving time against your threshold swim pace. An hour at threshold scores 100.';
    case 'hrss':
      return 'Heart-rate stress (HRSS): the heart-rate impulse (TRIMP) of the session against an hour at your threshold heart rate, which scores 100.';
    case 'session-rpe':
      return `Session RPE (Foster): ${Math.round(entry.movingS / 60)} min × effort ${entry.rpe} = ${Math.round(report?.sessionRpe ?? 0)}. It counts as ${Math.round(load.value ?? 0)}: an hour at effort 7, about threshold, counts 100.`;
    default:
      return 'No load yet: this activity has no power or heart rate, and pace gives a load for runs and swims only (if it was a run, change its sport). Rate its effort below and it counts by session RPE.';
  }
}

/** The load in words: how it was worked out, from which settings, and which were assumed. */
export function LoadCard(props: {
  entry: ActivityEntry;
  load: CurrentLoad;
  importedLoad: { value: number | null; method: string };
  units: Units;
}) {
  const { entry, load, importedLoad, units } = props;
  const thresholds = load.report?.thresholds ?? [];
  const assumed = thresholds.filter((t) => t.assumed);
  const changed =
    importedLoad.value !== null &&
    load.value !== null &&
    Math.round(importedLoad.value) !== Math.round(load.value);
  return (
    <Card title="Load">
      <p className="text-2xl font-semibold tabular-nums" data-testid="activity-load">
        {load.value === null ? '—' : Math.round(load.value)}
      </p>
      <p className="mt-1 text-sm">{howItWorks(entry, load, units)}</p>
      {thresholds.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm" data-testid="load-thresholds">
          {thresholds.map((t) => (
            <li key={t.name}>
              {SETTING_NAMES[t.name].charAt(0).toUpperCase() + SETTING_NAMES[t.name].slice(1)}{' '}
              {settingValue(t, units)}
              {t.assumed ? ' — assumed; set yours in Settings' : ' — yours, from Settings'}
            </li>
          ))}
        </ul>
      ) : null}
      {assumed.length > 0 ? (
        <p className="mt-2 text-sm">
          <Link href="/settings/" className="text-link underline">
            Set your {assumed.map((t) => SETTING_NAMES[t.name]).join(' and ')}
          </Link>{' '}
          and this load, and your fitness chart, are worked out again.
        </p>
      ) : null}
      {!entry.loadBasis && entry.source !== 'manual' ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          This activity was imported before loads were kept up to date with your settings; it keeps
          the load worked out then.
        </p>
      ) : null}
      {changed ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          When it was imported, with the settings of that day, it was{' '}
          {Math.round(importedLoad.value!)}.
        </p>
      ) : null}
    </Card>
  );
}
