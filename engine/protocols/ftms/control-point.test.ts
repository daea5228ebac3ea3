import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONTROL_POINT_RESULTS,
  decodeControlPointRequest,
  decodeControlPointResponse,
  encodeControlPointRequest,
  encodeControlPointResponse,
  type ControlPointRequest,
  type ControlPointResult,
} from './control-point.ts';
import { FieldRangeError, FrameTooShortError, MalformedFrameError, viewOf } from '../bytes.ts';
import { hexFromBytes } from '../hex.ts';
import { viewFromHex } from '../test-support/public-vectors.ts';

// Op codes and parameter formats: Fitness Machine Service 1.0 §4.16, as listed in Open Rowing
// Monitor ftms/FitnessMachineControlPointCharacteristic.js (and DEVICES-RESEARCH.md §3.3).
const REQUESTS: Array<[ControlPointRequest, string]> = [
  [{ op: 'requestControl' }, '00'],
  [{ op: 'reset' }, '01'],
  [{ op: 'setTargetSpeed', speedKmh: 10.5 }, '021a04'],
  [{ op: 'setTargetInclination', inclinationPct: -1.5 }, '03f1ff'],
  [{ op: 'setTargetResistance', resistanceLevel: 8 }, '0450'],
  [{ op: 'setTargetPower', powerW: 250 }, '05fa00'],
  [{ op: 'startOrResume' }, '07'],
  [{ op: 'stopOrPause', control: 'stop' }, '0801'],
  [{ op: 'stopOrPause', control: 'pause' }, '0802'],
];

describe('FTMS control point 0x2AD9 requests', () => {
  it.each(REQUESTS)('encodes %j as %s and reads it back', (request, hex) => {
    const bytes = encodeControlPointRequest(request);
    expect(hexFromBytes(bytes)).toBe(hex);
    expect(decodeControlPointRequest(viewOf(bytes))).toEqual(request);
  });

  it('refuses targets that do not fit their field', () => {
    expect(() => encodeControlPointRequest({ op: 'setTargetSpeed', speedKmh: -1 })).toThrow(
      FieldRangeError,
    );
    expect(() => encodeControlPointRequest({ op: 'setTargetPower', powerW: 40000 })).toThrow(
      FieldRangeError,
    );
    expect(() =>
      encodeControlPointRequest({ op: 'setTargetResistance', resistanceLevel: 25.6 }),
    ).toThrow(/resistanceLevel/);
  });

  it('throws typed errors for a short parameter, an unknown op code or a bad stop/pause value', () => {
    expect(() => decodeControlPointRequest(viewFromHex('021a'))).toThrow(FrameTooShortError);
    expect(() => decodeControlPointRequest(viewOf(new Uint8Array(0)))).toThrow(FrameTooShortError);
    expect(() => decodeControlPointRequest(viewFromHex('11'))).toThrow(MalformedFrameError);
    expect(() => decodeControlPointRequest(viewFromHex('0803'))).toThrow(/not 0x01 or 0x02/);
  });

  it('round-trips any request at the resolution of its field', () => {
    const request: fc.Arbitrary<ControlPointRequest> = fc.oneof(
      fc.constantFrom<ControlPointRequest>(
        { op: 'requestControl' },
        { op: 'reset' },
        { op: 'startOrResume' },
        { op: 'stopOrPause', control: 'stop' },
        { op: 'stopOrPause', control: 'pause' },
      ),
      fc
        .integer({ min: 0, max: 0xffff })
        .map((n) => ({ op: 'setTargetSpeed' as const, speedKmh: n / 100 })),
      fc
        .integer({ min: -0x8000, max: 0x7fff })
        .map((n) => ({ op: 'setTargetInclination' as const, inclinationPct: n / 10 })),
      fc
        .integer({ min: 0, max: 0xff })
        .map((n) => ({ op: 'setTargetResistance' as const, resistanceLevel: n / 10 })),
      fc
        .integer({ min: -0x8000, max: 0x7fff })
        .map((n) => ({ op: 'setTargetPower' as const, powerW: n })),
    );
    fc.assert(
      fc.property(request, (r) => {
        expect(decodeControlPointRequest(viewOf(encodeControlPointRequest(r)))).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });
});

describe('FTMS control point 0x2AD9 indications', () => {
  it('decodes 80 <op> <result> as Open Rowing Monitor builds it (#buildResponse)', () => {
    expect(decodeControlPointResponse(viewFromHex('80 00 01'))).toEqual({
      requestOpCode: 0x00,
      requestOp: 'requestControl',
      resultCode: 0x01,
      result: 'success',
      responseParameter: new Uint8Array(0),
    });
    // A start before Request Control: Control Not Permitted.
    expect(decodeControlPointResponse(viewFromHex('80 07 05'))).toMatchObject({
      requestOp: 'startOrResume',
      result: 'controlNotPermitted',
    });
    expect(decodeControlPointResponse(viewFromHex('80 05 03'))).toMatchObject({
      requestOp: 'setTargetPower',
      result: 'invalidParameter',
    });
    expect(decodeControlPointResponse(viewFromHex('80 08 04'))).toMatchObject({
      result: 'operationFailed',
    });
  });

  it('keeps op codes we do not send, reserved results and a response parameter', () => {
    // Spin down (0x13) answers success with its target speeds (FTMS 1.0 §4.16.2.20).
    expect(decodeControlPointResponse(viewFromHex('80 13 01 e803 d007'))).toEqual({
      requestOpCode: 0x13,
      requestOp: null,
      resultCode: 0x01,
      result: 'success',
      responseParameter: Uint8Array.from([0xe8, 0x03, 0xd0, 0x07]),
    });
    expect(decodeControlPointResponse(viewFromHex('80 11 02'))).toMatchObject({
      requestOp: null,
      result: 'opCodeNotSupported',
    });
    expect(decodeControlPointResponse(viewFromHex('80 00 09'))).toMatchObject({
      resultCode: 9,
      result: null,
    });
  });

  it('throws a typed error for a short indication or one that is not a response', () => {
    expect(() => decodeControlPointResponse(viewFromHex('80 00'))).toThrow(FrameTooShortError);
    expect(() => decodeControlPointResponse(viewFromHex('00 00 01'))).toThrow(MalformedFrameError);
  });

  it('round-trips any response', () => {
    const results = Object.keys(CONTROL_POINT_RESULTS) as ControlPointResult[];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xff }),
        fc.constantFrom(...results),
        fc.uint8Array({ maxLength: 8 }),
        (op, result, parameter) => {
          const decoded = decodeControlPointResponse(
            viewOf(encodeControlPointResponse(op, result, parameter)),
          );
          expect([decoded.requestOpCode, decoded.result]).toEqual([op, result]);
          expect(Array.from(decoded.responseParameter)).toEqual(Array.from(parameter));
        },
      ),
      { numRuns: 300 },
    );
  });
});
