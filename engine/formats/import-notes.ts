import type { DistanceRepair } from '../activity/distance-continuity.ts';
import type { TimelineRepair } from '../activity/repair-timeline.ts';
import type { ImportNote } from '../activity/types.ts';
import type { LapFill } from './lap-totals.ts';

/**
 * The sentences an import reports beside the activity: what was wrong with the file and what was
 * kept. Each says what happened in the athlete's terms, with its count.
 */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const km = (m: number) => `${(m / 1000).toFixed(2)} km`;

export function timelineNotes(repair: TimelineRepair): ImportNote[] {
  const notes: ImportNote[] = [];
  const wrongDates = repair.outOfRange + repair.detached;
  if (wrongDates > 0)
    notes.push({
      type: 'DatesOutOfRange',
      count: wrongDates,
      message: `${plural(wrongDates, 'sample')} carried dates far from the rest of the recording (the device’s clock jumped) and were left out; everything else was kept.`,
    });
  if (repair.outOfOrder > 0)
    notes.push({
      type: 'TimestampsRepaired',
      count: repair.outOfOrder,
      message: `${plural(repair.outOfOrder, 'sample')} went back in time and ${repair.outOfOrder === 1 ? 'was' : 'were'} left out; the samples after ${repair.outOfOrder === 1 ? 'it' : 'them'} were kept.`,
    });
  return notes;
}

export function heartRateNote(count: number, samples: number): ImportNote {
  const all = count >= samples;
  return {
    type: 'PlaceholderHeartRate',
    count,
    message: all
      ? 'The heart rate in this file is a placeholder (outside 25–250 bpm), so heart rate was left out.'
      : `${plural(count, 'heart-rate reading')} outside 25–250 bpm (a sensor placeholder) ${count === 1 ? 'was' : 'were'} left out.`,
  };
}

export function valueNotes(
  sport: string,
  droppedSpeed: number,
  joined: DistanceRepair,
  filled: LapFill,
): ImportNote[] {
  const notes: ImportNote[] = [];
  if (joined.discarded)
    notes.push({
      type: 'ImplausibleSpeed',
      count: joined.jumps,
      message: `The distance in this file is not possible for ${sport.replace(/_/g, ' ')} (${km(joined.jumpM)} at impossible speed; probably written in the wrong scale), so distance and speed were left out; time and heart rate were kept.`,
    });
  else if (joined.jumps > 0)
    notes.push({
      type: 'TrackJumpsSkipped',
      count: joined.jumps,
      message: `${plural(joined.jumps, 'jump')} in the track (${km(joined.jumpM)} faster than ${sport.replace(/_/g, ' ')} allows) ${joined.jumps === 1 ? 'was' : 'were'} not counted as distance.`,
    });
  if (droppedSpeed > 0 && !joined.discarded)
    notes.push({
      type: 'ImplausibleSpeed',
      count: droppedSpeed,
      message: `${plural(droppedSpeed, 'speed reading')} beyond what ${sport.replace(/_/g, ' ')} allows ${droppedSpeed === 1 ? 'was' : 'were'} left out.`,
    });
  if (joined.restarts > 0)
    notes.push({
      type: 'DistanceRestarted',
      count: joined.restarts,
      message: `The file’s distance starts again from zero ${plural(joined.restarts, 'time')} (at each lap or leg); the pieces were joined into one distance.`,
    });
  if (filled.fromLapsOnly)
    notes.push({
      type: 'LapTotalsUsed',
      count: filled.filledLaps,
      message: `The samples carry no distance, so it comes from the device’s lap totals (${km(filled.addedM)}).`,
    });
  else if (filled.filledLaps > 0)
    notes.push({
      type: 'LapTotalsUsed',
      count: filled.filledLaps,
      message: `${plural(filled.filledLaps, 'lap')} without samples ${filled.filledLaps === 1 ? 'was' : 'were'} taken from the device’s lap totals (${km(filled.addedM)}).`,
    });
  return notes;
}
