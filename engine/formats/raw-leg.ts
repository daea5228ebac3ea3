import type {
  ActivityStreams,
  DeviceTotals,
  ImportNote,
  MultisportLeg,
  SwimLength,
} from '../activity/types.ts';

/** A lap as the file states it, on the file's own clock (epoch seconds). */
export type RawLap = {
  startS: number;
  elapsedS: number;
  movingS: number | null;
  distanceM: number | null;
};

export type RawLength = Omit<SwimLength, 'startOffsetS'> & { startS: number };

/**
 * What a format reader hands over for one activity (one leg of a multisport file): samples on the
 * file's clock in epoch seconds, in the order the file has them, and everything the file says
 * about them. `assembleActivity` turns it into the `Activity` every format shares.
 */
export type RawLeg = {
  sport: string;
  subSport: string | null;
  source: 'fit' | 'gpx' | 'tcx';
  device: string | null;
  /** The start the file declares (session, first lap, Id), epoch seconds; null when none. */
  declaredStartS: number | null;
  streams: ActivityStreams;
  /** Epoch seconds of samples that begin a new GPX track segment or TCX track. */
  breaksS: number[];
  /** The timer's stops, epoch seconds; null when the file has no timer events (GPX, TCX). */
  timerPauses: Array<{ startS: number; endS: number }> | null;
  laps: RawLap[];
  swim: { poolLengthM: number | null; lengths: RawLength[] } | null;
  deviceTotals: DeviceTotals | null;
  rrIntervalsMs: Float32Array | null;
  /** Notes the reader made itself (a file cut short, developer fields read). */
  notes: ImportNote[];
  multisport: MultisportLeg | null;
  /** The title the file gives the activity (GPX track or metadata name, TCX activity notes). */
  name?: string | null;
};
