import { describe, expect, it } from 'vitest';
import { decodeCsafeFrame } from './frame.ts';
import {
  CsafeCommandError,
  decodeRequestCommands,
  decodeResponse,
  encodeResponse,
  encodeStatus,
  previousFrameStatus,
} from './commands.ts';
import { bytesFromHex } from '../hex.ts';
import { publicVector } from '../test-support/public-vectors.ts';

const contentOf = (id: string) => decodeCsafeFrame(publicVector(id).bytes).content;

describe('CSAFE commands', () => {
  it('parses a real request: a 0x1A wrapper around a short PM get, a short get, and a long set', () => {
    const commands = decodeRequestCommands(
      contentOf('csafe_real_req_getstrokestate_getversion_setprogram'),
    );
    expect(commands.map((c) => c.id)).toEqual([0x1a, 0x91, 0x24]);
    expect(commands[0]!.commands?.map((c) => c.id)).toEqual([0xbf]);
    expect(Array.from(commands[2]!.data)).toEqual([0x01, 0x00]);
  });

  it('parses the real PM5 response: stroke state and version (22/2/5, HW 340 LE); the set is not echoed', () => {
    const response = decodeResponse(contentOf('csafe_real_resp_getversion'));
    expect(response.status).toBe(0x81);
    expect(response.commands).toHaveLength(2);
    const [wrapped, version] = response.commands;
    expect(wrapped!.commands).toEqual([{ id: 0xbf, data: Uint8Array.from([0x00]) }]);
    const v = version!.data;
    expect([v[0], v[1], v[2], v[3]! | (v[4]! << 8), v[5]! | (v[6]! << 8)]).toEqual([
      22, 2, 5, 340, 20,
    ]);
  });

  it('accepts set commands echoed with or without the zero length byte', () => {
    const real = decodeResponse(bytesFromHex('01 76 08 01 00 03 00 14 00 13 00 24 00'));
    const orm = decodeResponse(bytesFromHex('01 76 04 01 03 14 13 24'));
    expect(real.commands[1]).toEqual({ id: 0x24, data: new Uint8Array(0) });
    expect(real.commands[0]!.commands?.map((c) => c.id)).toEqual([0x01, 0x03, 0x14, 0x13]);
    expect(orm.commands[0]!.commands).toEqual(real.commands[0]!.commands);
    expect(orm.commands[1]).toEqual(real.commands[1]);
  });

  it('reads the force-plot data a PM get returns inside 0x1A', () => {
    const response = decodeResponse(contentOf('csafe_real_resp_forceplot_stuffed_checksum'));
    const plot = response.commands[0]!.commands![0]!;
    expect(plot.id).toBe(0x6b);
    expect(plot.data.length).toBe(0x21);
    const byteCount = plot.data[0]!;
    const forces = Array.from(
      { length: byteCount / 2 },
      (_, i) => plot.data[1 + i * 2]! | (plot.data[2 + i * 2]! << 8),
    );
    expect(forces).toEqual([0, 158, 164, 170, 171, 170, 171, 169, 168, 165]);
  });

  it('re-encodes the real response byte for byte', () => {
    const content = contentOf('csafe_real_resp_getversion');
    expect(Array.from(encodeResponse(decodeResponse(content)))).toEqual(Array.from(content));
  });

  it('throws a typed error when a length runs past the end', () => {
    expect(() => decodeRequestCommands(bytesFromHex('76 05 01 01'))).toThrow(CsafeCommandError);
    expect(() => decodeResponse(new Uint8Array(0))).toThrow(CsafeCommandError);
  });

  it('keeps a get echoed with no length byte, at the end or in the middle, and reports it', () => {
    const atEnd = decodeResponse(bytesFromHex('01 7e 04 89 01 08 8d'));
    expect(atEnd.commands[0]!.commands).toEqual([
      { id: 0x89, data: Uint8Array.of(0x08) },
      { id: 0x8d, data: new Uint8Array(0) },
    ]);
    expect(atEnd.oddities).toEqual([
      { type: 'CommandWithoutLength', commandId: 0x8d, wrapperId: 0x7e },
    ]);
    const inMiddle = decodeResponse(bytesFromHex('01 7e 04 8d 89 01 08'));
    expect(inMiddle.commands[0]!.commands).toEqual([...atEnd.commands[0]!.commands!].reverse());
    expect(inMiddle.oddities).toHaveLength(1);
    const topLevel = decodeResponse(bytesFromHex('01 91'));
    expect(topLevel.commands).toEqual([{ id: 0x91, data: new Uint8Array(0) }]);
    expect(topLevel.oddities).toEqual([
      { type: 'CommandWithoutLength', commandId: 0x91, wrapperId: null },
    ]);
  });

  it('a well-formed response has no oddities', () => {
    expect(decodeResponse(contentOf('csafe_real_resp_getversion')).oddities).toEqual([]);
  });

  it('reads the previous-frame status bits of Table 9 and writes them back', () => {
    expect([0x81, 0x11, 0xa1, 0x31].map(previousFrameStatus)).toEqual([
      'ok',
      'rejected',
      'bad',
      'not-ready',
    ]);
    expect(encodeStatus(true, 'rejected', 1)).toBe(0x91);
    expect(encodeStatus(false, 'ok', 1)).toBe(0x01);
  });
});
