/**
 * The one normalized activity every importer (FIT, GPX, TCX) and the live recorder produce.
 * Streams are columnar typed arrays of equal length, one row per sample; a missing value is NaN.
 */

/** Sport names as FIT spells them, lower case ("running", "rowing", "cycling", "walking", …). */
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
};
