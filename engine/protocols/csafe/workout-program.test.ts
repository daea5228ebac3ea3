import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_WRITE_BYTES,
  terminateWorkoutFrame,
  workoutProgramFrames,
  type PmWorkout,
} from './workout-program.ts';
import { decodeCsafeFrame } from './frame.ts';
import { decodeRequestCommands } from './commands.ts';
import { bytesFromHex, hexFromBytes } from '../hex.ts';

const hex = (frames: Uint8Array[]) => frames.map((f) => hexFromBytes(f));
const norm = (text: string) => hexFromBytes(bytesFromHex(text));

/** Every PM command the frames carry, in order, as [id, ...data]. */
function pmCommands(frames: Uint8Array[]): number[][] {
  return frames.flatMap((f) => {
    const [wrapperCommand] = decodeRequestCommands(decodeCsafeFrame(f).content);
    expect(wrapperCommand?.id).toBe(0x76);
    return (wrapperCommand?.commands ?? []).map((c) => [c.id, ...c.data]);
  });
}

describe('PM5 workout programming over CSAFE', () => {
  it('2000 m with 500 m splits: the two frames of the ErgometerJS recipe (DEVICES-RESEARCH.md §2.3)', () => {
    expect(hex(workoutProgramFrames({ kind: 'distance', distanceM: 2000, splitM: 500 }))).toEqual([
      norm('F1 76 0A 01 01 03 03 05 80 00 00 07 D0 2E F2'),
      norm('F1 76 0E 05 05 80 00 00 01 F4 14 01 01 13 02 01 01 08 F2'),
    ]);
  });

  it('2000 m without splits uses FIXEDDIST_NOSPLITS, as the research recipe', () => {
    expect(hex(workoutProgramFrames({ kind: 'distance', distanceM: 2000 }))).toEqual([
      norm('f1760a010102030580000007d02ff2'),
      norm('f176071401011302010174f2'),
    ]);
  });

  it('a single time: 30:00 is 180000 cs, big-endian, duration type 0x00', () => {
    expect(pmCommands(workoutProgramFrames({ kind: 'time', durationS: 1800 }))).toEqual([
      [0x01, 4],
      [0x03, 0x00, 0x00, 0x02, 0xbf, 0x20],
      [0x14, 1],
      [0x13, 1, 1],
    ]);
  });

  it('Just Row with 1:00 splits', () => {
    expect(pmCommands(workoutProgramFrames({ kind: 'just-row', splitS: 60 }))).toEqual([
      [0x01, 1],
      [0x05, 0x00, 0x00, 0x00, 0x17, 0x70],
      [0x14, 1],
      [0x13, 1, 1],
    ]);
  });

  it('8 × 500 m / 1:00 rest programs exactly eight variable intervals, each by index', () => {
    const frames = workoutProgramFrames({
      kind: 'distance-intervals',
      distanceM: 500,
      restS: 60,
      count: 8,
    });
    expect(hex(frames).slice(0, 2)).toEqual([
      norm('F1 76 09 18 01 00 01 01 08 17 01 01 79 F2'),
      // The research frame (checksum 34) with CONFIGURE_WORKOUT appended: 34 ^ 0b ^ 0e ^ 14 ^ 01 ^ 01 = 25.
      norm('F1 76 0E 03 05 80 00 00 01 F4 04 02 00 3C 14 01 01 25 F2'),
    ]);
    const commands = pmCommands(frames);
    expect(commands.filter((c) => c[0] === 0x18).map((c) => c[1])).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(commands.filter((c) => c[0] === 0x04)).toHaveLength(8);
    expect(commands.at(-1)).toEqual([0x13, 1, 1]);
  });

  it('open-ended fixed time intervals keep type, duration and rest in one frame', () => {
    const frames = workoutProgramFrames({ kind: 'time-intervals', durationS: 240, restS: 120 });
    expect(pmCommands([frames[0]!])).toEqual([
      [0x01, 6],
      [0x03, 0x00, 0x00, 0x00, 0x5d, 0xc0],
      [0x04, 0x00, 0x78],
    ]);
  });

  it('every workout fits in 20-byte writes, whatever stuffing its numbers need', () => {
    const workout: fc.Arbitrary<PmWorkout> = fc.oneof(
      fc.record({
        kind: fc.constant('distance' as const),
        distanceM: fc.integer({ min: 100, max: 100_000 }),
      }),
      fc.record({
        kind: fc.constant('time' as const),
        durationS: fc.integer({ min: 20, max: 36_000 }),
        splitS: fc.integer({ min: 20, max: 3600 }),
      }),
      fc.record({
        kind: fc.constant('distance-intervals' as const),
        distanceM: fc.integer({ min: 100, max: 20_000 }),
        restS: fc.integer({ min: 0, max: 9_999 }),
        count: fc.integer({ min: 1, max: 50 }),
      }),
      fc.record({
        kind: fc.constant('time-intervals' as const),
        durationS: fc.integer({ min: 20, max: 7200 }),
        restS: fc.integer({ min: 0, max: 9_999 }),
      }),
    );
    fc.assert(
      fc.property(workout, (w) => {
        const frames = workoutProgramFrames(w);
        expect(frames.every((f) => f.length <= MAX_WRITE_BYTES)).toBe(true);
        expect(pmCommands(frames).at(-1)).toEqual([0x13, 1, 1]);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects workouts a PM cannot hold, with a zod error', () => {
    expect(() =>
      workoutProgramFrames({ kind: 'distance-intervals', distanceM: 500, restS: 60, count: 51 }),
    ).toThrow();
    expect(() => workoutProgramFrames({ kind: 'distance', distanceM: -5 })).toThrow();
  });

  it('terminates the running workout with SCREENSTATE 1, 2', () => {
    expect(hexFromBytes(terminateWorkoutFrame())).toBe('f176041302010260f2');
  });
});
