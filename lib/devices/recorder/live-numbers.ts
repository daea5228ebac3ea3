/**
 * What the Record screen shows while recording, made fresh from the recorder's parts at a session
 * time: the timeline's current values, session and lap totals, links down and the journal's state.
 */
import type { LapsAndPauses, RecorderState } from './laps-and-pauses';
import type { TimelineMerger } from './timeline';

export type LiveNumbers = {
  state: RecorderState;
  /** Session time without timer pauses, seconds. */
  activeS: number;
  distanceM: number;
  heartRateBpm: number;
  speedMps: number;
  powerW: number;
  cadence: number;
  strokeCount: number | null;
  lapNumber: number;
  lapActiveS: number;
  lapDistanceM: number;
  /** Labels of devices whose link is down right now. */
  linksDown: string[];
  chunksWritten: number;
  /** Set when the journal could not be written; the session goes on in memory. */
  journalError: string | null;
};

export type LiveParts = {
  timeline: TimelineMerger;
  book: LapsAndPauses;
  strokeCount: number | null;
  linksDown: Iterable<string>;
  journal: { chunksWritten: number; journalError: string | null };
};

export function liveNumbers(parts: LiveParts, atS: number): LiveNumbers {
  const { timeline, book } = parts;
  const distanceM = timeline.sessionDistanceM();
  return {
    state: book.state,
    activeS: book.activeS(atS),
    distanceM,
    ...timeline.current(atS),
    strokeCount: parts.strokeCount,
    lapNumber: book.lapNumber,
    lapActiveS: book.lapActiveS(atS),
    lapDistanceM: book.lapDistanceM(distanceM),
    linksDown: [...parts.linksDown],
    chunksWritten: parts.journal.chunksWritten,
    journalError: parts.journal.journalError,
  };
}
