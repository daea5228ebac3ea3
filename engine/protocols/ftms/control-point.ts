/**
 * FTMS Fitness Machine Control Point, characteristic 0x2AD9 (Fitness Machine Service 1.0 §4.16):
 * the app writes a request (op code + parameter, little-endian) and the machine answers each write
 * with an indication `80 <request op code> <result>` (§4.16.2.22), possibly followed by a response
 * parameter. Request Control must come first; until then the machine answers Control Not
 * Permitted. Parameter formats:
 * - 0x02 target speed uint16, 0.01 km/h; 0x03 target inclination sint16, 0.1 %;
 * - 0x04 target resistance uint8, 0.1 (FTMS 1.0 and the 2017 GATT XML; Auuki sends sint16, which
 *   DEVICES-RESEARCH.md §6 leaves unconfirmed, so we follow the specification);
 * - 0x05 target power sint16, W; 0x08 stop (0x01) or pause (0x02).
 * Op codes and result codes: Open Rowing Monitor ftms/FitnessMachineControlPointCharacteristic.js
 * and common/CommonOpCodes.js; Auuki src/ble/ftms/control-point.js.
 */
import { ByteCursor, ByteWriter, MalformedFrameError, requireLength } from '../bytes.ts';

const CHARACTERISTIC = 'FTMS control point (0x2AD9)';
const RESPONSE_CODE = 0x80;

export const CONTROL_POINT_OP_CODES = {
  requestControl: 0x00,
  reset: 0x01,
  setTargetSpeed: 0x02,
  setTargetInclination: 0x03,
  setTargetResistance: 0x04,
  setTargetPower: 0x05,
  startOrResume: 0x07,
  stopOrPause: 0x08,
} as const;

export type ControlPointOp = keyof typeof CONTROL_POINT_OP_CODES;

export type ControlPointRequest =
  | { op: 'requestControl' }
  | { op: 'reset' }
  | { op: 'startOrResume' }
  | { op: 'stopOrPause'; control: 'stop' | 'pause' }
  | { op: 'setTargetSpeed'; speedKmh: number }
  | { op: 'setTargetInclination'; inclinationPct: number }
  | { op: 'setTargetResistance'; resistanceLevel: number }
  | { op: 'setTargetPower'; powerW: number };

const STOP_OR_PAUSE = { stop: 0x01, pause: 0x02 } as const;

export function encodeControlPointRequest(request: ControlPointRequest): Uint8Array {
  const w = new ByteWriter(3).u8(CONTROL_POINT_OP_CODES[request.op], `${CHARACTERISTIC} op code`);
  const field = (name: string): string => `${CHARACTERISTIC} ${name}`;
  switch (request.op) {
    case 'requestControl':
    case 'reset':
    case 'startOrResume':
      return w.bytes();
    case 'stopOrPause':
      return w.u8(STOP_OR_PAUSE[request.control], field('control')).bytes();
    case 'setTargetSpeed':
      return w.u16(request.speedKmh * 100, field('speedKmh')).bytes();
    case 'setTargetInclination':
      return w.s16(request.inclinationPct * 10, field('inclinationPct')).bytes();
    case 'setTargetResistance':
      return w.u8(request.resistanceLevel * 10, field('resistanceLevel')).bytes();
    case 'setTargetPower':
      return w.s16(request.powerW, field('powerW')).bytes();
  }
}

const OP_BY_CODE = new Map(
  (Object.keys(CONTROL_POINT_OP_CODES) as ControlPointOp[]).map((op) => [
    CONTROL_POINT_OP_CODES[op] as number,
    op,
  ]),
);
const opName = (code: number): ControlPointOp | null => OP_BY_CODE.get(code) ?? null;

const hex = (n: number): string => `0x${n.toString(16).padStart(2, '0')}`;

/** What a machine (or the simulator) reads from a write; requests we do not send are refused. */
export function decodeControlPointRequest(view: DataView): ControlPointRequest {
  requireLength(view, 1, CHARACTERISTIC);
  const c = new ByteCursor(view);
  const code = c.u8();
  const op = opName(code);
  const need = (bytes: number): void => requireLength(view, 1 + bytes, CHARACTERISTIC);
  switch (op) {
    case 'requestControl':
    case 'reset':
    case 'startOrResume':
      return { op };
    case 'stopOrPause': {
      need(1);
      const raw = c.u8();
      if (raw !== STOP_OR_PAUSE.stop && raw !== STOP_OR_PAUSE.pause) {
        throw new MalformedFrameError(
          CHARACTERISTIC,
          `stop/pause parameter ${hex(raw)} is not 0x01 or 0x02.`,
        );
      }
      return { op, control: raw === STOP_OR_PAUSE.stop ? 'stop' : 'pause' };
    }
    case 'setTargetSpeed':
      need(2);
      return { op, speedKmh: c.u16() / 100 };
    case 'setTargetInclination':
      need(2);
      return { op, inclinationPct: c.s16() / 10 };
    case 'setTargetResistance':
      need(1);
      return { op, resistanceLevel: c.u8() / 10 };
    case 'setTargetPower':
      need(2);
      return { op, powerW: c.s16() };
    case null:
      throw new MalformedFrameError(CHARACTERISTIC, `op code ${hex(code)} is not one we handle.`);
  }
}

export const CONTROL_POINT_RESULTS = {
  success: 0x01,
  opCodeNotSupported: 0x02,
  invalidParameter: 0x03,
  operationFailed: 0x04,
  controlNotPermitted: 0x05,
} as const;

export type ControlPointResult = keyof typeof CONTROL_POINT_RESULTS;

const RESULT_BY_CODE = new Map(
  (Object.keys(CONTROL_POINT_RESULTS) as ControlPointResult[]).map((r) => [
    CONTROL_POINT_RESULTS[r] as number,
    r,
  ]),
);

export type ControlPointResponse = {
  requestOpCode: number;
  /** Null for an op code outside those listed above. */
  requestOp: ControlPointOp | null;
  resultCode: number;
  /** Null for a result code the specification reserves. */
  result: ControlPointResult | null;
  /** Bytes after the result (only some op codes send any, e.g. spin down). */
  responseParameter: Uint8Array;
};

export function decodeControlPointResponse(view: DataView): ControlPointResponse {
  requireLength(view, 3, `${CHARACTERISTIC} response`);
  const c = new ByteCursor(view);
  const code = c.u8();
  if (code !== RESPONSE_CODE) {
    throw new MalformedFrameError(
      `${CHARACTERISTIC} response`,
      `starts with ${hex(code)}, not the response code 0x80.`,
    );
  }
  const requestOpCode = c.u8();
  const resultCode = c.u8();
  const result = RESULT_BY_CODE.get(resultCode) ?? null;
  return {
    requestOpCode,
    requestOp: opName(requestOpCode),
    resultCode,
    result,
    responseParameter: new Uint8Array(
      view.buffer.slice(view.byteOffset + 3, view.byteOffset + view.byteLength),
    ),
  };
}

/** The indication a machine sends in answer to a request (for virtual machines and round trips). */
export function encodeControlPointResponse(
  requestOpCode: number,
  result: ControlPointResult,
  responseParameter: Uint8Array = new Uint8Array(0),
): Uint8Array {
  const head = new ByteWriter(3)
    .u8(RESPONSE_CODE, `${CHARACTERISTIC} response code`)
    .u8(requestOpCode, `${CHARACTERISTIC} request op code`)
    .u8(CONTROL_POINT_RESULTS[result], `${CHARACTERISTIC} result`)
    .bytes();
  const bytes = new Uint8Array(3 + responseParameter.length);
  bytes.set(head);
  bytes.set(responseParameter, 3);
  return bytes;
}
