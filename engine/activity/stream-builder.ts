import type { ActivityStreams } from './types.ts';

/** One row of samples as an importer reads it; a field it does not have stays undefined. */
export type SampleRow = {
  timeS: number;
  heartRateBpm?: number | undefined;
  speedMps?: number | undefined;
  powerW?: number | undefined;
  cadence?: number | undefined;
  distanceM?: number | undefined;
  latitudeDeg?: number | undefined;
  longitudeDeg?: number | undefined;
  altitudeM?: number | undefined;
};

export type StreamBuilder = {
  /**
   * Adds a row (importers may reuse one row object: its values are copied). A row at the same
   * second as the previous one fills that row's missing fields instead (FIT writes separate
   * records for sensors that report late). Rows out of time order are kept as they come:
   * `repairTimeline` (repair-timeline.ts) decides which of them to drop, one by one.
   */
  push: (row: SampleRow) => void;
  readonly length: number;
  build: () => ActivityStreams;
};

function valueOf(value: number | undefined | null): number {
  return value === undefined || value === null || !Number.isFinite(value) ? NaN : value;
}

export function allocate(capacity: number): ActivityStreams {
  return {
    timeS: new Float64Array(capacity),
    heartRateBpm: new Float32Array(capacity).fill(NaN),
    speedMps: new Float32Array(capacity).fill(NaN),
    powerW: new Float32Array(capacity).fill(NaN),
    cadence: new Float32Array(capacity).fill(NaN),
    distanceM: new Float64Array(capacity).fill(NaN),
    latitudeDeg: new Float64Array(capacity).fill(NaN),
    longitudeDeg: new Float64Array(capacity).fill(NaN),
    altitudeM: new Float32Array(capacity).fill(NaN),
  };
}

type Columns = Omit<ActivityStreams, 'timeS'>;
export const COLUMNS = [
  'heartRateBpm',
  'speedMps',
  'powerW',
  'cadence',
  'distanceM',
  'latitudeDeg',
  'longitudeDeg',
  'altitudeM',
] as const;

function mapColumns(
  s: ActivityStreams,
  fn: (column: Columns[keyof Columns]) => Columns[keyof Columns],
): Columns {
  const out = {} as Record<keyof Columns, Float32Array | Float64Array>;
  for (const name of COLUMNS) out[name] = fn(s[name]);
  return out as Columns;
}

/** Collects rows straight into typed columns (sized for the expected rows, growing if needed). */
export function createStreamBuilder(expectedRows = 4096): StreamBuilder {
  let s = allocate(Math.max(16, expectedRows));
  let length = 0;

  function grow(): void {
    const bigger = allocate(s.timeS.length * 2);
    bigger.timeS.set(s.timeS);
    for (const name of COLUMNS) bigger[name].set(s[name]);
    s = bigger;
  }

  function write(i: number, row: SampleRow, onlyMissing: boolean): void {
    for (const name of COLUMNS) {
      const column = s[name];
      if (!onlyMissing || Number.isNaN(column[i]!)) column[i] = valueOf(row[name]);
    }
  }

  function push(row: SampleRow): void {
    const last = length - 1;
    if (last >= 0 && row.timeS === s.timeS[last]!) {
      write(last, row, true);
      return;
    }
    if (length === s.timeS.length) grow();
    s.timeS[length] = row.timeS;
    write(length, row, false);
    length++;
  }

  function build(): ActivityStreams {
    if (length === s.timeS.length) return s;
    return {
      timeS: s.timeS.slice(0, length),
      ...mapColumns(s, (column) => column.slice(0, length)),
    };
  }

  return {
    push,
    get length() {
      return length;
    },
    build,
  };
}
