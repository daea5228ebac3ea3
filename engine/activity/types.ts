/**
 * The one normalized activity every importer (FIT, GPX, TCX) and the live recorder produce.
 * Streams are columnar typed arrays of equal length, one row per sample; a missing value is NaN.
 */

/**
 * Sport names as FIT spells them, lower case ("running", "rowing", "cycling", "swimming",
 * "transition", …); `engine/activity/sport.ts` is the one vocabulary every format maps onto.
 */
export type Sport = string;

export type ActivityStreams = {
  /** Seconds from the activity start (elapsed, pauses included). Strictly increasing. */
  timeS: Float64Array;
  heartRateBpm: Float32Array;
  speedMps: Float32Array;
  powerW: Float32Array;
  /** Steps per minute for running (both feet), strokes per minute for rowing, rpm for cycling. */
  cadence: Float32Array;
  /** Cumulative distance in metres. */
  distanceM: Float64Array;
  latitudeDeg: Float64Array;
  longitudeDeg: Float64Array;
  altitudeM: Float32Array;
};

export type StreamName = keyof ActivityStreams;

export type Lap = {
  startTime: string;
  /** Offset of the lap start from the activity start, seconds. */
  startOffsetS: number;
  elapsedS: number;
  /** Null when the file does not say; analysis then derives it from the streams. */
  movingS: number | null;
  distanceM: number | null;
};

/** A stretch with no recording (timer stopped, or a dropped sensor link): [startS, endS) from start. */
export type Pause = { startS: number; endS: number; reason: 'timer' | 'gap' };

/** What an importer repaired, left out or could not read, each with a sentence for a person. */
export type ImportNoteType =
  | 'TimestampsRepaired'
  | 'DatesOutOfRange'
  | 'PlaceholderHeartRate'
  | 'ImplausibleSpeed'
  | 'DistanceRestarted'
  | 'TrackJumpsSkipped'
  | 'LapTotalsUsed'
  | 'FileCutShort'
  | 'CompressedTimestamps'
  | 'DeveloperFields';

export type ImportNote = { type: ImportNoteType; message: string; count: number };

/**
 * The device's own totals for the activity (FIT session, TCX laps summed), kept beside what the
 * engine computes from the samples; null where the file does not say.
 */
export type DeviceTotals = {
  elapsedS: number | null;
  /** Timer time: elapsed minus the timer's pauses (pool rests stay in, as the watch counts them). */
  timerS: number | null;
  distanceM: number | null;
  avgHr: number | null;
  maxHr: number | null;
  caloriesKcal: number | null;
  avgPowerW: number | null;
  ascentM: number | null;
};

/** One pool length (or an open-water stroke interval) as the watch counted it. */
export type SwimLength = {
  startOffsetS: number;
  elapsedS: number;
  /** False for a rest ("idle" length): the swimmer stood at the wall. */
  active: boolean;
  distanceM: number;
  strokes: number | null;
  /** FIT swim stroke: "freestyle", "backstroke", "breaststroke", "butterfly", "drill", "mixed". */
  stroke: string | null;
};

export type SwimDetails = {
  /** Null for open water. */
  poolLengthM: number | null;
  lengths: SwimLength[];
};

/** This activity is leg `index` (0-based) of `count` of one multisport event (triathlon, …). */
export type MultisportLeg = { groupId: string; index: number; count: number };

export type Activity = {
  sport: Sport;
  subSport: string | null;
  /** ISO 8601, UTC. */
  startTime: string;
  /** Where it came from: "fit", "gpx", "tcx", "recorder". */
  source: string;
  /** The device or application that made it, when known ("Garmin fenix 7", "Concept2 PM5"). */
  device: string | null;
  laps: Lap[];
  pauses: Pause[];
  streams: ActivityStreams;
  /** What the importer repaired or left out; absent for recordings made in the app. */
  notes?: ImportNote[];
  deviceTotals?: DeviceTotals | null;
  swim?: SwimDetails | null;
  multisport?: MultisportLeg | null;
  /** Beat-to-beat (RR) intervals in milliseconds, in order (FIT HRV messages). */
  rrIntervalsMs?: Float32Array | null;
  /** The file's own title for it ("Morning Hill Run"), when it has one. */
  name?: string | null;
};
