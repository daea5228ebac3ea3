/**
 * Programs a workout onto a PM5 over CSAFE: each frame is one write to 0x0021, and the next is
 * only sent once the PM's response has arrived on 0x0022 — reassembled from notifications, since
 * a response can span several (DEVICES-RESEARCH §0 item 4, §2.1).
 */
import { addCsafeChunk, EMPTY_REASSEMBLY } from '../../engine/protocols/csafe/reassembler';
import { decodeCsafeFrame } from '../../engine/protocols/csafe/frame';
import { decodeResponse, type CsafeResponse } from '../../engine/protocols/csafe/commands';
import { workoutProgramFrames, type PmWorkout } from '../../engine/protocols/csafe/workout-program';
import { pm5Control } from './manager/device-kinds';
import type { DeviceTransport } from './link/device-transport';

export class Pm5ProgramError extends Error {
  readonly type = 'Pm5ProgramFailed';
  constructor(
    readonly frameIndex: number,
    reason: string,
  ) {
    super(`The rowing monitor did not take the workout (frame ${frameIndex + 1}): ${reason}`);
    this.name = 'Pm5ProgramError';
  }
}

export async function programPm5(
  transport: DeviceTransport,
  workout: PmWorkout,
  timeoutMs = 3000,
): Promise<CsafeResponse[]> {
  let reassembly = EMPTY_REASSEMBLY;
  let waiting: ((frame: Uint8Array) => void) | null = null;
  await transport.subscribe(pm5Control.notify, (value) => {
    const chunk = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    const result = addCsafeChunk(reassembly, chunk);
    reassembly = result.reassembly;
    for (const frame of result.frames) waiting?.(frame);
  });
  const responses: CsafeResponse[] = [];
  const frames = workoutProgramFrames(workout);
  for (const [index, frame] of frames.entries()) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answer = new Promise<Uint8Array>((resolve, reject) => {
      timer = setTimeout(() => reject(new Pm5ProgramError(index, 'no answer in time.')), timeoutMs);
      waiting = resolve;
    });
    try {
      await transport.write(pm5Control.write, frame);
    } catch (error) {
      clearTimeout(timer);
      throw error;
    }
    const response = await answer.finally(() => clearTimeout(timer));
    try {
      responses.push(decodeResponse(decodeCsafeFrame(response).content));
    } catch (error) {
      throw new Pm5ProgramError(index, error instanceof Error ? error.message : String(error));
    }
  }
  return responses;
}
