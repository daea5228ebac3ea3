import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_FRAME_BYTES,
  MAX_WRITE_BYTES,
  pm5Program,
  terminateWorkoutFrame,
  workoutCommands,
  workoutProgramFrames,
  writePieces,
  type PmWorkout,
} from './workout-program.ts';
import { pmWorkoutWithinLimits } from '../test-support/pm-workout-arbitraries.ts';
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

  it('25:00 work / 4:00 rest with no count is no longer split across frames (issue 16)', () => {
    const workout: PmWorkout = { kind: 'time-intervals', durationS: 1500, restS: 240 };
    const grouped = workoutProgramFrames(workout, 'grouped');
    // The frame Open Rowing Monitor failed on held the type and duration without the rest.
    expect(hex(grouped)).not.toContain(norm('f1760a010106030500000249f300c7f2'));
    expect(pmCommands([grouped[0]!]).map((c) => c[0])).toEqual([0x01, 0x03, 0x04]);
    expect(grouped[0]!.length).toBeGreaterThan(MAX_WRITE_BYTES);
    expect(writePieces(grouped[0]!).map((w) => w.length)).toEqual([20, 1]);
    const whole = workoutProgramFrames(workout, 'whole');
    expect(whole).toHaveLength(1);
    expect(pmCommands(whole)).toEqual(pmCommands(grouped));
  });

  it('grouped frames fit one write unless one group needs more; whole frames stay within 120 bytes', () => {
    fc.assert(
      fc.property(pmWorkoutWithinLimits, (w) => {
        const groups = workoutCommands(w);
        const grouped = workoutProgramFrames(w, 'grouped');
        for (const frame of grouped.filter((f) => f.length > MAX_WRITE_BYTES)) {
          const ids = pmCommands([frame]).map((c) => c[0]);
          expect(groups.some((g) => g.map((c) => c.id).join() === ids.join())).toBe(true);
        }
        const whole = workoutProgramFrames(w, 'whole');
        expect(whole.every((f) => f.length <= MAX_FRAME_BYTES)).toBe(true);
        expect(whole.length).toBeLessThanOrEqual(grouped.length);
        expect(pmCommands(whole)).toEqual(pmCommands(grouped));
        expect(pmCommands(grouped).at(-1)).toEqual([0x13, 1, 1]);
      }),
      { numRuns: 200 },
    );
  });

  it('sends the target pace: SET_TARGETPACETIME in 0.01 s per 500 m, never dropped', () => {
    const plain = pmCommands(workoutProgramFrames({ kind: 'time', durationS: 1800 }));
    const paced = pmCommands(
      workoutProgramFrames({ kind: 'time', durationS: 1800, targetPaceS500m: 125.4 }),
    );
    expect(paced).toEqual([...plain.slice(0, 2), [0x06, 0, 0, 0x30, 0xfc], ...plain.slice(2)]);
  });

  it('refuses a key the PM5 would not get rather than dropping it', () => {
    const misspelt = { kind: 'time', durationS: 1800, paceS500m: 120 } as unknown as PmWorkout;
    expect(() => workoutProgramFrames(misspelt)).toThrow(/paceS500m/);
  });

  it('programs calorie pieces and distance splits on Just Row', () => {
    expect(pmCommands(workoutProgramFrames({ kind: 'calories', calories: 300 }))).toEqual([
      [0x01, 10],
      [0x03, 0x40, 0, 0, 0x01, 0x2c],
      [0x05, 0x40, 0, 0, 0x01, 0x2c],
      [0x14, 1],
      [0x13, 1, 1],
    ]);
    const justRow = pmCommands(workoutProgramFrames({ kind: 'just-row', splitM: 1000 }));
    expect(justRow.slice(0, 2)).toEqual([
      [0x01, 1],
      [0x05, 0x80, 0, 0, 0x03, 0xe8],
    ]);
  });

  it('checks the limits before anything is encoded', () => {
    const over = pm5Program({ kind: 'distance-intervals', distanceM: 500, restS: 60, count: 51 });
    expect(over).toEqual({
      ok: false,
      problems: [expect.objectContaining({ limit: 'intervals-max' })],
    });
    const fine = pm5Program({ kind: 'distance', distanceM: 2000, splitM: 500 });
    expect(fine.ok && hex(fine.frames)).toEqual(
      hex(workoutProgramFrames({ kind: 'distance', distanceM: 2000, splitM: 500 })),
    );
    expect(() => pm5Program({ kind: 'distance', distanceM: -5 })).toThrow();
  });

  it('terminates the running workout with SCREENSTATE 1, 2', () => {
    expect(hexFromBytes(terminateWorkoutFrame())).toBe('f176041302010260f2');
  });
});
