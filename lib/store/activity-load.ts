import type { AthleteInput } from '@/engine/activity/athlete';
import { loadReport, resolveForLoad, type LoadReport } from '@/engine/analysis/load-report';
import type { ActivityEntry } from './activities-doc';

/**
 * An activity's load for the athlete's settings now. A summary stored with its load basis is
 * recomputed (so changing a threshold changes every load, and the fitness series follows); an
 * older summary without one keeps the load its import computed, and says so.
 */
export type CurrentLoad = {
  value: number | null;
  method: string;
  /** Null when the load could not be recomputed (an older import, or settings that clash). */
  report: LoadReport | null;
};

/** A key for the settings a load depends on, to remember loads per settings. */
export function athleteKey(input: AthleteInput): string {
  return JSON.stringify(Object.entries(input).sort(([a], [b]) => a.localeCompare(b)));
}

// Recomputing is cheap but runs for every activity on every change; remember the last result
// per stored summary (summaries are immutable objects) and what it was computed for.
const remembered = new WeakMap<object, { key: string; load: CurrentLoad }>();

type Resolved = ReturnType<typeof resolveForLoad>;

export function currentLoad(
  entry: ActivityEntry,
  input: AthleteInput,
  key = athleteKey(input),
  resolve: () => Resolved = () => resolveForLoad(input),
): CurrentLoad {
  const basis = entry.loadBasis;
  if (!basis) return { value: entry.load.value, method: entry.load.method, report: null };
  const fullKey = `${key}|${entry.sport}|${entry.rpe ?? ''}`;
  const known = remembered.get(basis);
  if (known && known.key === fullKey) return known.load;
  const extras = { movingS: entry.movingS, distanceM: entry.distanceM, rpe: entry.rpe };
  const result = loadReport(basis, entry.sport, input, extras, resolve());
  const load: CurrentLoad = result.ok
    ? { value: result.report.load.value, method: result.report.load.method, report: result.report }
    : { value: entry.load.value, method: entry.load.method, report: null };
  remembered.set(basis, { key: fullKey, load });
  return load;
}

/**
 * Manual sessions have no streams and so no basis: their load is the athlete's session RPE, taken
 * from the time they gave, or none until they rate it.
 */
function manualLoad(entry: ActivityEntry, input: AthleteInput): CurrentLoad {
  const empty = {
    seriesS: 0,
    hrBpm: [],
    hrS: [],
    gradedSpeedMps: null,
    powerW: null,
    ergPowerW: null,
  };
  const result = loadReport(empty, entry.sport, input, {
    movingS: entry.movingS,
    distanceM: entry.distanceM,
    rpe: entry.rpe,
  });
  if (!result.ok) return { value: null, method: 'none', report: null };
  return {
    value: result.report.load.value,
    method: result.report.load.method,
    report: result.report,
  };
}

export function loadOf(
  entry: ActivityEntry,
  input: AthleteInput,
  key?: string,
  resolve?: () => Resolved,
): CurrentLoad {
  if (!entry.loadBasis && entry.source === 'manual') return manualLoad(entry, input);
  return currentLoad(entry, input, key, resolve);
}

/** The entries with `load` as it stands for these settings: what every view and query uses. */
export function withCurrentLoads(entries: ActivityEntry[], input: AthleteInput): ActivityEntry[] {
  const key = athleteKey(input);
  // Resolved lazily, once: a history whose loads are all remembered never resolves it.
  let resolved: Resolved | undefined;
  const once = () => (resolved ??= resolveForLoad(input));
  return entries.map((entry) => {
    const load = loadOf(entry, input, key, once);
    if (load.value === entry.load.value && load.method === entry.load.method) return entry;
    return { ...entry, load: { value: load.value, method: load.method } };
  });
}
