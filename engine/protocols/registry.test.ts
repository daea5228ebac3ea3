import { describe, expect, it } from 'vitest';
import { DECODERS, findDecoder } from './registry.ts';
import { publicVector } from './test-support/public-vectors.ts';

describe('decoder registry', () => {
  it('finds a decoder by CLI name, 16-bit and 128-bit UUID, in any case', () => {
    const byName = findDecoder('heart-rate-measurement');
    expect(byName?.uuid).toBe('00002a37-0000-1000-8000-00805f9b34fb');
    expect(findDecoder('2A37')).toBe(byName);
    expect(findDecoder('0x2a37')).toBe(byName);
    expect(findDecoder('00002A37-0000-1000-8000-00805F9B34FB')).toBe(byName);
  });

  it('resolves PM5 ids by their CE06xxxx UUID, and by the bare 16-bit id', () => {
    const status = findDecoder('CE060031-43E5-11E4-916C-0800200C9A66');
    expect(status?.name).toBe('pm5-general-status');
    expect(findDecoder('0031')).toBe(status);
  });

  it('decodes every public vector through the decoder its characteristic UUID selects', () => {
    for (const id of ['pm5_0031_workout_logged', 'pm5_0035_stroke10', 'pm5_0038_split1_2016fw']) {
      const v = publicVector(id);
      const entry = findDecoder(v.characteristic);
      expect(entry, id).not.toBeNull();
      expect(entry!.decode(v.view)).toHaveProperty(
        'elapsedS',
        25 - (id.includes('0035') ? 0.02 : 0),
      );
    }
  });

  it('names every PM5 rowing record 0x31–0x3F (bar the 0x34 sample rate) and the new SIG ones', () => {
    const pm5 = [
      0x31, 0x32, 0x33, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f,
    ];
    for (const id of pm5) {
      const entry = findDecoder(`00${id.toString(16)}`);
      expect(entry?.name, `0x${id.toString(16)}`).toMatch(/^pm5-/);
    }
    expect(findDecoder('0034')).toBeNull();
    expect(findDecoder('2ad9')?.name).toBe('ftms-control-point');
    expect(findDecoder('2ada')?.name).toBe('ftms-machine-status');
    expect(findDecoder('2a63')?.name).toBe('cycling-power-measurement');
  });

  it('has one entry per name and per UUID', () => {
    expect(new Set(DECODERS.map((d) => d.name)).size).toBe(DECODERS.length);
    expect(new Set(DECODERS.map((d) => d.uuid)).size).toBe(DECODERS.length);
  });

  it('returns null for an unknown name or a malformed UUID', () => {
    expect(findDecoder('pm5-nonsense')).toBeNull();
    expect(findDecoder('2a3')).toBeNull();
    expect(findDecoder('ffff')).toBeNull();
  });
});
