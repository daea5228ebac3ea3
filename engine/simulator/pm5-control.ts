/**
 * The virtual PM5's control characteristics: it reassembles the CSAFE frames an app writes to
 * 0x0021, programs or ends workouts from the PM commands inside them, answers a few queries, and
 * notifies its responses on 0x0022 in chunks of at most 20 bytes, as a PM5 does.
 * Response form: a status byte (frame toggle in bit 7, the verdict on the frame in bits 4–5, state
 * "ready"), then each command echoed — set commands as "id 00", as a real PM5 does
 * (DEVICES-RESEARCH.md §2.1). A frame with a value past the PM5's limits is rejected whole
 * (pm5-refusals.ts): status "Reject", no echo, nothing applied. Terminating a workout (1, 2) also
 * drops any half-set program, so the monitor is back in a known state.
 */
import { addCsafeChunk } from '../protocols/csafe/reassembler.ts';
import { CsafeFrameError, decodeCsafeFrame, encodeCsafeFrame } from '../protocols/csafe/frame.ts';
import {
  CSAFE,
  CsafeCommandError,
  decodeRequestCommands,
  encodeResponse,
  encodeStatus,
  PM_SET,
  type CsafeCommand,
} from '../protocols/csafe/commands.ts';
import { PM5_CHARACTERISTICS } from '../protocols/uuids.ts';
import type { Pm5Record } from '../protocols/pm5/multiplexed.ts';
import { applyPmSetCommand, EMPTY_DRAFT, programFromDraft } from './pm5-program.ts';
import { refusalOf } from './pm5-refusals.ts';
import { createVirtualPm5, toNotifications, type Notification } from './virtual-pm5.ts';
import { finishWorkout } from './pm5-intervals.ts';
import { statusRecords } from './pm5-records.ts';
import { ZERO_TOTALS, type Pm5State } from './pm5-state.ts';

const READY = 0x01;
const MAX_NOTIFICATION_BYTES = 20;

/** The version a real PM5 reported in ErgometerJS row100meter.ts: Concept2, class 2, PM5, HW 340, SW 20. */
const VERSION = [22, 2, 5, 0x54, 0x01, 0x14, 0x00];

const GET = { workoutType: 0x89, workoutState: 0x8d, strokeState: 0xbf } as const;

function restartWith(s: Pm5State): Pm5State {
  const fresh = createVirtualPm5();
  return {
    ...fresh,
    prng: s.prng,
    channel: s.channel,
    dragFactor: s.dragFactor,
    logDate: s.logDate,
    logTime: s.logTime,
    samplePeriodS: s.samplePeriodS,
    clockS: s.clockS,
    carryS: s.carryS,
    nextSampleAtS: s.nextSampleAtS,
    csafe: s.csafe,
    frameToggle: s.frameToggle,
    limits: s.limits,
    totals: ZERO_TOTALS,
  };
}

function answerGet(s: Pm5State, id: number): number[] {
  const [general] = statusRecords(s);
  if (general?.record !== 'pm5-general-status') return [];
  if (id === GET.workoutType) return [general.value.workoutType];
  if (id === GET.workoutState) return [general.value.workoutState];
  if (id === GET.strokeState) return [general.value.strokeState];
  return [];
}

function runSetCommand(s: Pm5State, c: CsafeCommand, out: Pm5Record[]): Pm5State {
  if (c.id !== PM_SET.screenState || c.data[0] !== 1)
    return { ...s, draft: applyPmSetCommand(s.draft, c) };
  if (c.data[1] === 1) {
    const program = programFromDraft(s.draft);
    return program ? { ...restartWith(s), program } : { ...s, draft: EMPTY_DRAFT };
  }
  if (c.data[1] === 2 && (s.phase === 'work' || s.phase === 'rest')) {
    const next = structuredClone(s);
    finishWorkout(next, out);
    return { ...next, draft: EMPTY_DRAFT };
  }
  return c.data[1] === 2 ? { ...s, draft: EMPTY_DRAFT } : s;
}

/** The first PM set command in the frame that the PM refuses, or null when it takes them all. */
function refusalInFrame(s: Pm5State, commands: CsafeCommand[]): string | null {
  let draft = s.draft;
  for (const c of commands) {
    if (c.id !== CSAFE.setPmCfg && c.id !== CSAFE.setPmData) continue;
    for (const sub of c.commands ?? []) {
      const why = refusalOf(s.limits, draft, sub);
      if (why !== null) return why;
      draft = applyPmSetCommand(draft, sub);
    }
  }
  return null;
}

function run(
  state: Pm5State,
  commands: CsafeCommand[],
  out: Pm5Record[],
): { state: Pm5State; echo: CsafeCommand[] } {
  let s = state;
  const echo: CsafeCommand[] = [];
  for (const c of commands) {
    if (c.id === CSAFE.setPmCfg || c.id === CSAFE.setPmData) {
      for (const sub of c.commands ?? []) s = runSetCommand(s, sub, out);
      echo.push({
        ...c,
        commands: (c.commands ?? []).map((sub) => ({ id: sub.id, data: new Uint8Array(0) })),
      });
    } else if (c.commands) {
      echo.push({
        ...c,
        commands: c.commands.map((sub) => ({
          id: sub.id,
          data: Uint8Array.from(answerGet(s, sub.id)),
        })),
      });
    } else if (c.id === CSAFE.getVersion) {
      echo.push({ id: c.id, data: Uint8Array.from(VERSION) });
    } else {
      echo.push({ id: c.id, data: new Uint8Array(0) });
    }
  }
  return { state: s, echo };
}

function chunk(frame: Uint8Array): Notification[] {
  const out: Notification[] = [];
  for (let at = 0; at < frame.length; at += MAX_NOTIFICATION_BYTES) {
    out.push({
      characteristic: PM5_CHARACTERISTICS.controlNotify,
      bytes: frame.slice(at, at + MAX_NOTIFICATION_BYTES),
    });
  }
  return out;
}

/**
 * Handles one write to 0x0021. Returns the CSAFE response notifications on 0x0022 and any rowing
 * records the command caused (a terminated workout's summary). Frames that fail their checksum or
 * do not parse get no response, as on a PM.
 */
export function writeVirtualPm5Control(
  state: Pm5State,
  bytes: Uint8Array,
): { state: Pm5State; notifications: Notification[] } {
  const { reassembly, frames } = addCsafeChunk(state.csafe, bytes);
  let s: Pm5State = { ...state, csafe: reassembly };
  const notifications: Notification[] = [];
  for (const frame of frames) {
    let commands: CsafeCommand[];
    try {
      commands = decodeRequestCommands(decodeCsafeFrame(frame).content);
    } catch (error) {
      if (error instanceof CsafeFrameError || error instanceof CsafeCommandError) continue;
      throw error;
    }
    if (refusalInFrame(s, commands) !== null) {
      s = { ...s, frameToggle: !s.frameToggle };
      const status = encodeStatus(s.frameToggle, 'rejected', READY);
      notifications.push(...chunk(encodeCsafeFrame(encodeResponse({ status, commands: [] }))));
      continue;
    }
    const records: Pm5Record[] = [];
    const result = run(s, commands, records);
    s = { ...result.state, frameToggle: !result.state.frameToggle };
    const status = encodeStatus(s.frameToggle, 'ok', READY);
    notifications.push(
      ...chunk(encodeCsafeFrame(encodeResponse({ status, commands: result.echo }))),
    );
    notifications.push(...toNotifications(s, records));
  }
  return { state: s, notifications };
}
