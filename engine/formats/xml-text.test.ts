import { describe, expect, it } from 'vitest';
import { syntheticActivity } from './test-support/synthetic-activity.ts';
import { importOne } from './test-support/import-one.ts';
import { writeGpx } from './test-support/write-gpx.ts';
import { writeTcx } from './test-support/write-tcx.ts';
import { decodeXml } from './xml-text.ts';

const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const units = [...(bom ? '\uFEFF' : ''), ...text].join('');
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    bytes[i * 2 + (order === 'le' ? 0 : 1)] = code & 0xff;
    bytes[i * 2 + (order === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
};

/** One byte per character, as ISO-8859-1 stores every character below U+0100. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('decoding XML in the encoding the file declares', () => {
  const text = '<?xml version="1.0"?><gpx><trk><name>Café Zürich</name></trk></gpx>';

  it('reads UTF-16 in either byte order, with a byte-order mark or without one', () => {
    for (const order of ['le', 'be'] as const) {
      expect(decodeXml(utf16(text, order, true))).toBe(text);
      expect(decodeXml(utf16(text, order, false))).toBe(text);
    }
  });

  it('reads ISO-8859-1 when the declaration says so, and UTF-8 otherwise', () => {
    const declared = text.replace('?>', ' encoding="ISO-8859-1"?>');
    expect(decodeXml(latin1(declared))).toContain('Café Zürich');
    expect(decodeXml(new TextEncoder().encode(text))).toBe(text);
    const unknown = text.replace('?>', ' encoding="x-no-such-thing"?>');
    expect(decodeXml(new TextEncoder().encode(unknown))).toBe(unknown);
  });

  it('imports a UTF-16 GPX and an ISO-8859-1 TCX as their UTF-8 twins', () => {
    const activity = { ...syntheticActivity({ durationS: 900 }), name: 'Morning à Genève' };
    const gpx = writeGpx(activity);
    const reference = importOne(gpx, 'run.gpx');
    const fromUtf16 = importOne(utf16(gpx.replace('UTF-8', 'UTF-16'), 'le', true), 'run.gpx');
    expect(fromUtf16.streams).toEqual(reference.streams);
    expect(fromUtf16.name).toBe('Morning à Genève');

    const tcx = writeTcx(activity).replace('UTF-8', 'ISO-8859-1');
    const fromLatin1 = importOne(latin1(tcx), 'run.tcx');
    expect(fromLatin1.streams).toEqual(importOne(writeTcx(activity)).streams);
    expect(fromLatin1.laps.length).toBeGreaterThan(0);
    expect(fromLatin1.name).toBe('Morning à Genève');
  });
});
