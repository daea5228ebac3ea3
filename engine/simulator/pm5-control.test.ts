import { describe, expect, it } from 'vitest';
import { writeVirtualPm5Control } from './pm5-control.ts';
import { createVirtualPm5 } from './virtual-pm5.ts';
import { addCsafeChunk, EMPTY_REASSEMBLY } from '../protocols/csafe/reassembler.ts';
import { decodeCsafeFrame, encodeCsafeFrame } from '../protocols/csafe/frame.ts';
import { decodeResponse } from '../protocols/csafe/commands.ts';
import { workoutProgramFrames } from '../protocols/csafe/workout-program.ts';
import { PM5_CHARACTERISTICS } from '../protocols/uuids.ts';

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
});
