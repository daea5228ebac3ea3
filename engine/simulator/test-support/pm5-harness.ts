// Drives the virtual PM5 as the app would: ticks of rowing, CSAFE programming in 20-byte writes,
// and every notification decoded through the same registry the app uses for hardware.
import { expect } from 'vitest';
import { tickVirtualPm5, type Notification, type RowerEffort } from '../virtual-pm5.ts';
import { writeVirtualPm5Control } from '../pm5-control.ts';
import type { Pm5State } from '../pm5-state.ts';
import { decodeMultiplexed, type Pm5Record } from '../../protocols/pm5/multiplexed.ts';
import { findDecoder } from '../../protocols/registry.ts';
import { viewOf } from '../../protocols/bytes.ts';
import { PM5_CHARACTERISTICS } from '../../protocols/uuids.ts';
import { workoutProgramFrames, type PmWorkout } from '../../protocols/csafe/workout-program.ts';
import { addCsafeChunk, EMPTY_REASSEMBLY } from '../../protocols/csafe/reassembler.ts';
import { decodeCsafeFrame } from '../../protocols/csafe/frame.ts';
import { decodeResponse } from '../../protocols/csafe/commands.ts';

const RECORD_BY_ID: Record<number, Pm5Record['record']> = {
  0x31: 'pm5-general-status',
  0x32: 'pm5-additional-status',
  0x33: 'pm5-additional-status-2',
  0x35: 'pm5-stroke-data',
  0x36: 'pm5-additional-stroke-data',
  0x37: 'pm5-split-interval',
  0x38: 'pm5-additional-split-interval',
  0x39: 'pm5-workout-summary',
  0x3a: 'pm5-additional-workout-summary',
  0x3d: 'pm5-force-curve',
};

/** Decodes rowing notifications through the same registry the app uses for hardware. */
export function decode(notifications: Notification[]): Pm5Record[] {
  return notifications
    .filter((n) => n.characteristic !== PM5_CHARACTERISTICS.controlNotify)
    .map((n) => {
      if (n.characteristic === PM5_CHARACTERISTICS.multiplexed) {
        const r = decodeMultiplexed(viewOf(n.bytes));
        if (r.record === 'unknown') throw new Error(`unexpected id ${r.id}`);
        return r;
      }
      const id = parseInt(n.characteristic.slice(4, 8), 16);
      const entry = findDecoder(n.characteristic);
      return { record: RECORD_BY_ID[id], value: entry!.decode(viewOf(n.bytes)) } as Pm5Record;
    });
}

export function row(state: Pm5State, seconds: number, effort: RowerEffort, tickS = 0.1) {
  let s = state;
  const notifications: Notification[] = [];
  for (let t = 0; t < seconds - 1e-9; t += tickS) {
    const r = tickVirtualPm5(s, tickS, effort);
    s = r.state;
    notifications.push(...r.notifications);
  }
  return { state: s, records: decode(notifications), notifications };
}

export function program(state: Pm5State, workout: PmWorkout) {
  let s = state;
  let reassembly = EMPTY_REASSEMBLY;
  const responses = [];
  for (const frame of workoutProgramFrames(workout)) {
    const r = writeVirtualPm5Control(s, frame);
    s = r.state;
    for (const n of r.notifications) {
      expect(n.characteristic).toBe(PM5_CHARACTERISTICS.controlNotify);
      expect(n.bytes.length).toBeLessThanOrEqual(20);
      const got = addCsafeChunk(reassembly, n.bytes);
      reassembly = got.reassembly;
      responses.push(...got.frames.map((f) => decodeResponse(decodeCsafeFrame(f).content)));
    }
  }
  return { state: s, responses };
}

export type ValueOf<K extends Pm5Record['record']> = Extract<Pm5Record, { record: K }>['value'];

export function of<K extends Pm5Record['record']>(
  records: Pm5Record[],
  kind: K,
): Array<ValueOf<K>> {
  return records.filter((r) => r.record === kind).map((r) => r.value as ValueOf<K>);
}

export const STEADY: RowerEffort = { powerW: 200, strokeRateSpm: 24 };
