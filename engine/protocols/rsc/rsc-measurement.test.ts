import { describe, expect, it } from 'vitest';
import { decodeRscMeasurement, encodeRscMeasurement } from './rsc-measurement.ts';
import { FrameTooShortError } from '../bytes.ts';
import { viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

// Vectors built from the RSC Service 1.0 field formats (GATT XML org.bluetooth.characteristic.rsc_measurement).
describe('RSC Measurement 0x2A53', () => {
  it('speed and cadence only, walking (flags 0x00)', () => {
    // 0x0300 / 256 = 3.0 m/s, 160 spm.
    expect(decodeRscMeasurement(viewFromHex('00 0003 a0'))).toEqual({
      instantaneousSpeedMps: 3,
      instantaneousCadenceSpm: 160,
      running: false,
    });
  });

  it('stride length (bit 0), total distance (bit 1) and running (bit 2)', () => {
    // 0x0380 = 896 / 256 = 3.5 m/s, 178 spm, stride 0x0076 = 1.18 m, distance 0x00002710 = 1000.0 m.
    expect(decodeRscMeasurement(viewFromHex('07 8003 b2 7600 10270000'))).toEqual({
      instantaneousSpeedMps: 3.5,
      instantaneousCadenceSpm: 178,
      strideLengthM: 1.18,
      totalDistanceM: 1000,
      running: true,
    });
  });

  it('total distance without stride length (flags 0x06)', () => {
    const m = decodeRscMeasurement(viewFromHex('06 8003 b2 10270000'));
    expect(m.totalDistanceM).toBe(1000);
    expect(m.strideLengthM).toBeUndefined();
  });

  it('throws a typed error when the flags promise more than the frame holds', () => {
    expect(() => decodeRscMeasurement(viewFromHex('03 8003 b2 7600'))).toThrow(FrameTooShortError);
    expect(() => decodeRscMeasurement(viewFromHex('00 80'))).toThrow(FrameTooShortError);
  });

  it('round-trips every flag combination', () => {
    for (const flags of [0, 1, 2, 3, 4, 5, 6, 7]) {
      const length = 4 + (flags & 1 ? 2 : 0) + (flags & 2 ? 4 : 0);
      expectBytesRoundTrip(
        [length],
        (v) => decodeRscMeasurement(new DataView(setFlags(v, flags))),
        (m) => encodeRscMeasurement(m),
      );
    }
  });
});

function setFlags(view: DataView, flags: number): ArrayBuffer {
  view.setUint8(0, flags);
  return view.buffer as ArrayBuffer;
}
