import { describe, expect, it } from 'vitest';
import { sniffFormat, xmlRootName } from './sniff-format.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sniffing the format from the bytes', () => {
  it('knows FIT by ".FIT" at byte 8, whatever the name says', () => {
    const header = new Uint8Array([14, 0x20, 0, 0, 0, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54, 0, 0]);
    expect(sniffFormat(header, 'ride.gpx')).toBe('fit');
  });
  it('knows GPX and TCX by their root element, past a BOM, declaration and comments', () => {
    expect(sniffFormat(utf8('\uFEFF<?xml version="1.0"?>\n<!-- x --><gpx version="1.1">'))).toBe(
      'gpx',
    );
    expect(sniffFormat(utf8('<TrainingCenterDatabase xmlns="…">'), 'a.fit')).toBe('tcx');
    expect(xmlRootName('<ns:gpx>')).toBe('gpx');
  });
  it('uses a .fit name only for a file cut inside a FIT header', () => {
    expect(sniffFormat(new Uint8Array([14, 0x20, 0]), 'run.fit')).toBe('fit');
    expect(sniffFormat(utf8('hello'), 'run.fit')).toBeNull();
    expect(sniffFormat(new Uint8Array([14, 0x20, 0]))).toBeNull();
  });
});
