import { Card } from '@/components/ui/card';
import { Stat, StatGrid } from '@/components/ui/stat';
import { formatSpeed, paceMode } from '@/components/charts/pace-mode';
import type { SessionHrv } from '@/engine/analysis/session-hrv';
import { formatClock } from '@/engine/units/clock';
import { formatElevation, formatHeartRate, formatPower, formatDistance } from '@/lib/format/units';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import type { Units } from '@/lib/store/profile-schema';

const METHOD_SHORT: Record<string, string> = {
  'power-tss': 'power',
  'running-tss': 'pace',
  'swim-tss': 'swim pace',
  hrss: 'heart rate',
  'session-rpe': 'effort',
};

/** The headline figures, and where the device's own totals disagree with them. */
export function SummaryCard({
  entry,
  units,
  hrv,
}: {
  entry: ActivityEntry;
  units: Units;
  hrv: SessionHrv | null;
}) {
  const mode = paceMode(entry.sport, units);
  const load = entry.load.value;
  return (
    <Card title="Summary">
      <StatGrid>
        <Stat label="Distance" value={formatDistance(entry.distanceM, units, entry.sport)} />
        <Stat label="Moving time" value={formatClock(entry.movingS)} />
        <Stat label="Elapsed time" value={formatClock(entry.elapsedS)} />
        <Stat
          label={mode.kind === 'pace' ? 'Pace' : 'Speed'}
          value={formatSpeed(mode, entry.avgSpeedMps)}
        />
        <Stat label="Avg heart rate" value={formatHeartRate(entry.avgHr)} />
        <Stat label="Max heart rate" value={formatHeartRate(entry.maxHr)} />
        <Stat label="Elevation gain" value={formatElevation(entry.elevationGainM, units)} />
        <Stat label="Avg power" value={formatPower(entry.avgPowerW)} />
        <Stat
          label="Load"
          value={
            load === null
              ? '—'
              : `${Math.round(load)} (${METHOD_SHORT[entry.load.method] ?? entry.load.method})`
          }
        />
        {hrv ? <Stat label="HRV (rMSSD)" value={`${Math.round(hrv.rmssdMs)} ms`} /> : null}
        <Stat
          label="Efficiency factor"
          value={entry.efficiencyFactor === null ? '—' : entry.efficiencyFactor.toFixed(2)}
        />
        <Stat
          label="Decoupling"
          value={entry.decouplingPct === null ? '—' : `${entry.decouplingPct.toFixed(1)} %`}
        />
      </StatGrid>
      {hrv ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">
          Heart-rate variability over the session from {hrv.beats.toLocaleString()} beats
          {hrv.artefacts > 0
            ? ` (${hrv.artefacts.toLocaleString()} left out as missed or extra beats)`
            : ''}
          . During exercise it is low; compare sessions of the same kind rather than with a morning
          reading.
        </p>
      ) : null}
      {entry.deviceDifferences && entry.deviceDifferences.length > 0 ? (
        <ul className="mt-3 space-y-1 text-sm" aria-label="Where the device's totals differ">
          {entry.deviceDifferences.map((d) => (
            <li key={d.field}>{d.message}</li>
          ))}
          <li className="text-slate-600 dark:text-slate-300">
            Figures above come from the samples; devices smooth and pause in their own ways.
          </li>
        </ul>
      ) : null}
    </Card>
  );
}
