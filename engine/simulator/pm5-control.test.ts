import { describe, expect, it } from 'vitest';
import { writeVirtualPm5Control } from './pm5-control.ts';
import { createVirtualPm5 } from './virtual-pm5.ts';
import { addCsafeChunk, EMPTY_REASSEMBLY } from '../protocols/csafe/reassembler.ts';
import { decodeCsafeFrame, encodeCsafeFrame } from '../protocols/csafe/frame.ts';
import { decodeResponse, previousFrameStatus } from '../protocols/csafe/commands.ts';
import {
  terminateWorkoutFrame,
  workoutProgramFrames,
  writePieces,
  type PmWorkout,
} from '../protocols/csafe/workout-program.ts';
import { PM5_CHARACTERISTICS } from '../protocols/uuids.ts';
import { WORKOUT_TYPE } from '../protocols/pm5/enums.ts';
import { JUST_ROW } from './pm5-program.ts';
import type { Pm5State } from './pm5-state.ts';

/** One frame, written in 20-byte pieces; the state after it and the PM's response. */
function send(state: Pm5State, frame: Uint8Array) {
  let s = state;
  const responses = [];
  for (const piece of writePieces(frame)) {
    const result = writeVirtualPm5Control(s, piece);
    s = result.state;
    for (const n of result.notifications) {
      for (const f of addCsafeChunk(EMPTY_REASSEMBLY, n.bytes).frames) {
        responses.push(decodeResponse(decodeCsafeFrame(f).content));
      }
    }
  }
  expect(responses).toHaveLength(1);
  return { state: s, response: responses[0]! };
}

/** Sends frames as the app does: one at a time, stopping at the first the PM does not take. */
function program(workout: PmWorkout, state = createVirtualPm5()) {
  let s = state;
  for (const [index, frame] of workoutProgramFrames(workout).entries()) {
    const { state: next, response } = send(s, frame);
    s = next;
    if (previousFrameStatus(response.status) !== 'ok')
      return { state: s, refusedAt: index, response };
  }
  return { state: s, refusedAt: null, response: null };
}

const distance500 = { work: { kind: 'distance' as const, distanceM: 500 }, restS: 60 };

describe('virtual PM5 control characteristics', () => {
  it('answers CSAFE queries like the real PM5 trace: version 22/2/5 and the stroke state', () => {
    const request = Uint8Array.from([
      0xf1, 0x1a, 0x01, 0xbf, 0x91, 0x24, 0x02, 0x01, 0x00, 0x12, 0xf2,
    ]);
    const { notifications } = writeVirtualPm5Control(createVirtualPm5(), request);
    const frames = notifications.flatMap((n) => addCsafeChunk(EMPTY_REASSEMBLY, n.bytes).frames);
    const response = decodeResponse(decodeCsafeFrame(frames[0]!).content);
    expect(response.commands.map((c) => c.id)).toEqual([0x1a, 0x91, 0x24]);
    expect(Array.from(response.commands[1]!.data.slice(0, 3))).toEqual([22, 2, 5]);
  });

  it('answers a request written in two chunks, and toggles the status frame bit', () => {
    const [first, second] = workoutProgramFrames({ kind: 'distance', distanceM: 2000 });
    const a = writeVirtualPm5Control(createVirtualPm5(), first!.slice(0, 7));
    expect(a.notifications).toHaveLength(0);
    const b = writeVirtualPm5Control(a.state, first!.slice(7));
    const c = writeVirtualPm5Control(b.state, second!);
    const statuses = [...b.notifications, ...c.notifications].map(
      (n) => decodeResponse(decodeCsafeFrame(n.bytes).content).status,
    );
    expect(statuses).toEqual([0x81, 0x01]);
    expect(b.notifications[0]!.characteristic).toBe(PM5_CHARACTERISTICS.controlNotify);
  });

  it('ignores a frame whose checksum is wrong, as a PM does', () => {
    const frame = encodeCsafeFrame(Uint8Array.from([0x91]));
    frame[frame.length - 2] = frame[frame.length - 2]! ^ 0x01;
    expect(writeVirtualPm5Control(createVirtualPm5(), frame).notifications).toHaveLength(0);
  });

  it.each<[string, PmWorkout]>([
    ['rest over 9:55', { kind: 'distance-intervals', distanceM: 500, restS: 600, count: 3 }],
    ['a time of 10:00:00', { kind: 'time', durationS: 36_000 }],
    ['a distance over 999,999 m', { kind: 'distance', distanceM: 1_000_000 }],
    ['a fixed-interval time over 59:59', { kind: 'time-intervals', durationS: 3600, restS: 60 }],
    ['more than 50 splits', { kind: 'time', durationS: 3600, splitS: 60 }],
    ['a split longer than the piece', { kind: 'distance', distanceM: 1000, splitM: 2000 }],
    ['a 51st interval', { kind: 'variable-intervals', intervals: Array(51).fill(distance500) }],
    ['a target pace past 9:59.9', { kind: 'time', durationS: 600, targetPaceS500m: 600 }],
  ])('rejects %s through the previous-frame status bits, and runs nothing of it', (_, workout) => {
    const { state, refusedAt, response } = program(workout);
    expect(refusedAt).not.toBeNull();
    // Table 9: bits 4-5 = 0x10 "Reject"; the state bits still say ready; no command is echoed.
    expect(response!.status & 0x30).toBe(0x10);
    expect(response!.status & 0x0f).toBe(0x01);
    expect(response!.commands).toEqual([]);
    expect(state.program).toEqual(JUST_ROW);
  });

  it('accepts variable intervals with target paces within the limits, status "ok" on every frame', () => {
    const { state, refusedAt } = program({
      kind: 'variable-intervals',
      intervals: [
        { work: { kind: 'time', durationS: 1020 }, restS: 0, targetPaceS500m: 140 },
        { work: { kind: 'time', durationS: 480 }, restS: 120, targetPaceS500m: 118.5 },
        { work: { kind: 'time', durationS: 480 }, restS: 120, targetPaceS500m: 118.5 },
        { work: { kind: 'time', durationS: 780 }, restS: 0, targetPaceS500m: 140 },
      ],
    });
    expect(refusedAt).toBeNull();
    expect(state.program.workoutType).toBe(WORKOUT_TYPE.variableInterval);
    expect(state.program.segments.map((s) => [s.value, s.restS, s.targetPaceS500m])).toEqual([
      [1020, 0, 140],
      [480, 120, 118.5],
      [480, 120, 118.5],
      [780, 0, 140],
    ]);
  });

  it('would run half a workout if frames kept coming after a refusal; terminating drops the draft', () => {
    const intervals = [distance500, distance500, { ...distance500, restS: 700 }, distance500];
    const frames = workoutProgramFrames({ kind: 'variable-intervals', intervals });
    let blind = createVirtualPm5();
    for (const frame of frames) blind = send(blind, frame).state;
    // The refused rest took its interval's length with it: three intervals, not four.
    expect(blind.program.segments).toHaveLength(3);

    const { state, refusedAt } = program({ kind: 'variable-intervals', intervals });
    expect(refusedAt).not.toBeNull();
    expect(state.draft.intervals).toHaveLength(2);
    const reset = send(state, terminateWorkoutFrame());
    expect(previousFrameStatus(reset.response.status)).toBe('ok');
    expect(reset.state.draft.intervals).toEqual([]);
    expect(reset.state.program).toEqual(JUST_ROW);
  });

  it('a monitor made with tighter limits (older firmware) refuses what a current PM5 takes', () => {
    const workout: PmWorkout = { kind: 'distance-intervals', distanceM: 500, restS: 360, count: 2 };
    expect(program(workout).refusedAt).toBeNull();
    const older = createVirtualPm5({ limits: { restMaxS: 300 } });
    const { refusedAt, response } = program(workout, older);
    expect(refusedAt).toBe(1);
    expect(previousFrameStatus(response!.status)).toBe('rejected');
  });
});
