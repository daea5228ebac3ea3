/**
 * CSAFE commands inside a frame's content, and the PM5's responses to them.
 *
 * Requests: a command id ≥ 0x80 is short (no length, no data); below 0x80 it is long: id, length,
 * data. The PM proprietary wrappers (0x1A SETUSERCFG1, 0x76 SETPMCFG, 0x77 SETPMDATA, 0x7E
 * GETPMCFG, 0x7F GETPMDATA) are long commands whose data is a list of PM commands by the same rule.
 * Responses: a status byte, then each command echoed. Commands that return data (short gets,
 * and everything inside a get wrapper) carry id, length, data. Set commands return nothing: a
 * real PM5 echoes them as "id 00" (ErgometerJS row100meter.ts: "24 00") while Open Rowing Monitor
 * sends the id alone, so both are accepted. A get that an emulator does not handle may come back
 * as its id alone, with no length byte (Open Rowing Monitor); the decoder keeps such an id with no
 * data and reports it as an oddity rather than failing the whole response.
 * Status byte (Table 9 of the definition): bit 7 frame toggle, bits 4–5 the status of the previous
 * frame received (0x00 ok, 0x10 reject, 0x20 bad, 0x30 not ready), bits 0–3 the state machine.
 * Source: CSAFE / "PM CSAFE Communication Definition" rev 0.27 via ErgometerJS
 * csafe/typedefinitions.ts and Open Rowing Monitor CsafeRequestFrame.js / CsafeResponseFrame.js.
 */

export const CSAFE = {
  setUserCfg1: 0x1a,
  setHorizontal: 0x21,
  setProgram: 0x24,
  getVersion: 0x91,
  setPmCfg: 0x76,
  setPmData: 0x77,
  getPmCfg: 0x7e,
  getPmData: 0x7f,
} as const;

/** PM proprietary commands used to program a workout (inside 0x76), arguments big-endian. */
export const PM_SET = {
  workoutType: 0x01,
  workoutDuration: 0x03,
  restDuration: 0x04,
  splitDuration: 0x05,
  targetPaceTime: 0x06,
  screenState: 0x13,
  configureWorkout: 0x14,
  intervalType: 0x17,
  workoutIntervalCount: 0x18,
} as const;

/** PM proprietary short gets (inside 0x7E GETPMCFG) the programmer reads back. */
export const PM_GET = {
  workoutType: 0x89,
  workoutState: 0x8d,
  workoutIntervalCount: 0x9f,
} as const;

export const STATUS_BITS = { frameToggle: 0x80, previousFrame: 0x30, state: 0x0f } as const;

/** How the PM judged the frame it answers (bits 4–5 of the status byte). */
export type PreviousFrameStatus = 'ok' | 'rejected' | 'bad' | 'not-ready';

const PREVIOUS_FRAME: PreviousFrameStatus[] = ['ok', 'rejected', 'bad', 'not-ready'];

export function previousFrameStatus(status: number): PreviousFrameStatus {
  return PREVIOUS_FRAME[(status & STATUS_BITS.previousFrame) >> 4]!;
}

/** The status byte a PM sends: toggle, the verdict on the frame received, and its state. */
export function encodeStatus(
  toggle: boolean,
  previous: PreviousFrameStatus,
  state: number,
): number {
  return (
    (toggle ? STATUS_BITS.frameToggle : 0) |
    (PREVIOUS_FRAME.indexOf(previous) << 4) |
    (state & STATUS_BITS.state)
  );
}

const WRAPPERS = new Set<number>([
  CSAFE.setUserCfg1,
  CSAFE.setPmCfg,
  CSAFE.setPmData,
  CSAFE.getPmCfg,
  CSAFE.getPmData,
]);
const SET_WRAPPERS = new Set<number>([CSAFE.setPmCfg, CSAFE.setPmData]);

export type CsafeCommand = { id: number; data: Uint8Array; commands?: CsafeCommand[] };

export class CsafeCommandError extends Error {
  override name = 'CsafeCommandError';
}

/** A command with data (or a wrapper around sub-commands) in request form. */
export function longCommand(id: number, data: ArrayLike<number> = []): CsafeCommand {
  return { id, data: Uint8Array.from(data) };
}

export function wrapper(id: number, commands: CsafeCommand[]): CsafeCommand {
  return { id, data: encodeCommands(commands), commands };
}

export function encodeCommands(commands: CsafeCommand[]): Uint8Array {
  const out: number[] = [];
  for (const c of commands) {
    if (c.id >= 0x80) {
      out.push(c.id);
      continue;
    }
    if (c.data.length > 0xff)
      throw new CsafeCommandError(`command 0x${c.id.toString(16)} has too much data.`);
    out.push(c.id, c.data.length, ...c.data);
  }
  return Uint8Array.from(out);
}

function take(bytes: Uint8Array, at: number, length: number, id: number): Uint8Array {
  if (at + length > bytes.length) {
    throw new CsafeCommandError(
      `command 0x${id.toString(16)} promises ${length} bytes of data but the frame ends first.`,
    );
  }
  return bytes.slice(at, at + length);
}

/** Parses request content (what an app writes to 0x0021), unwrapping the PM wrappers. */
export function decodeRequestCommands(content: Uint8Array): CsafeCommand[] {
  const commands: CsafeCommand[] = [];
  let i = 0;
  while (i < content.length) {
    const id = content[i++]!;
    if (id >= 0x80) {
      commands.push({ id, data: new Uint8Array(0) });
      continue;
    }
    const length = take(content, i, 1, id)[0]!;
    const data = take(content, i + 1, length, id);
    i += 1 + length;
    commands.push(
      WRAPPERS.has(id) ? { id, data, commands: decodeRequestCommands(data) } : { id, data },
    );
  }
  return commands;
}

/** Something a response did that the definition does not, decoded around and reported. */
export type CsafeOddity = {
  type: 'CommandWithoutLength';
  commandId: number;
  /** The wrapper it came inside (0x7E, 0x1A…), or null at the top level. */
  wrapperId: number | null;
};

export type CsafeResponse = {
  /** Bit 7: frame toggle; bits 4–5: previous frame status; bits 0–3: PM state (always "ready" over BLE). */
  status: number;
  commands: CsafeCommand[];
  oddities: CsafeOddity[];
};

type Context = 'top' | 'set' | 'get';

function decodeResponseCommands(
  content: Uint8Array,
  context: Context,
  wrapperId: number | null,
  oddities: CsafeOddity[],
): CsafeCommand[] {
  const commands: CsafeCommand[] = [];
  let i = 0;
  while (i < content.length) {
    const id = content[i++]!;
    const returnsData =
      context === 'get' || (context === 'top' && (id >= 0x80 || WRAPPERS.has(id)));
    if (!returnsData) {
      if (content[i] === 0x00) i++;
      commands.push({ id, data: new Uint8Array(0) });
      continue;
    }
    const length = content[i];
    if (length === undefined || i + 1 + length > content.length) {
      // No length byte (the next byte, if any, is the next command): keep the id, say so.
      oddities.push({ type: 'CommandWithoutLength', commandId: id, wrapperId });
      commands.push({ id, data: new Uint8Array(0) });
      continue;
    }
    const data = content.slice(i + 1, i + 1 + length);
    i += 1 + length;
    if (context === 'top' && WRAPPERS.has(id)) {
      const inner = SET_WRAPPERS.has(id) ? 'set' : 'get';
      commands.push({ id, data, commands: decodeResponseCommands(data, inner, id, oddities) });
    } else {
      commands.push({ id, data });
    }
  }
  return commands;
}

/** Parses response content (what the PM notifies on 0x0022). Oddities are reported, not thrown. */
export function decodeResponse(content: Uint8Array): CsafeResponse {
  if (content.length === 0)
    throw new CsafeCommandError('a response needs at least its status byte.');
  const oddities: CsafeOddity[] = [];
  const commands = decodeResponseCommands(content.subarray(1), 'top', null, oddities);
  return { status: content[0]!, commands, oddities };
}

function encodeEcho(commands: CsafeCommand[]): number[] {
  const out: number[] = [];
  for (const c of commands) {
    const data = c.commands ? encodeEcho(c.commands) : Array.from(c.data);
    out.push(c.id, data.length, ...data);
  }
  return out;
}

/** Encodes response content: the status byte, then each command as a real PM5 echoes it ("id 00" for sets). */
export function encodeResponse(response: Pick<CsafeResponse, 'status' | 'commands'>): Uint8Array {
  return Uint8Array.from([response.status, ...encodeEcho(response.commands)]);
}
