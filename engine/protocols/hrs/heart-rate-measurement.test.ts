import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeHeartRateMeasurement,
  encodeHeartRateMeasurement,
} from './heart-rate-measurement.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector, viewFromHex } from '../test-support/public-vectors.ts';

const decodeId = (id: string) => decodeHeartRateMeasurement(publicVector(id).view);

describe('Heart Rate Measurement 0x2A37 (Heart Rate Service 1.0 §3.1)', () => {
  it('uint8 rate, contact not supported (Auuki heart-rate-measurement.test.js)', () => {
    expect(decodeId('hr_uint8_no_contact')).toEqual({
      heartRateBpm: 81,
      sensorContact: null,
      energyExpendedKj: null,
      rrIntervalsMs: [],
    });
  });

  it('uint16 rate when flag bit 0 is set (Auuki)', () => {
    expect(decodeId('hr_uint16').heartRateBpm).toBe(300);
  });

  it('contact supported and detected (flags 0b110), and supported but not detected (0b100)', () => {
    expect(decodeId('hr_contact_detected').sensorContact).toBe(true);
    expect(decodeId('hr_byte_contact_supported_not_detected').sensorContact).toBe(false);
  });

  it('bit 1 alone (contact "detected" but not supported) still means not supported', () => {
    expect(decodeHeartRateMeasurement(viewFromHex('0250')).sensorContact).toBeNull();
  });

  it('two RR intervals in 1/1024 s become milliseconds (Auuki)', () => {
    const m = decodeId('hr_rr_2values');
    expect(m.heartRateBpm).toBe(68);
    expect(m.rrIntervalsMs[0]).toBeCloseTo(861.328, 3);
    expect(m.rrIntervalsMs[1]).toBeCloseTo(884.766, 3);
  });

  it('energy expended comes before the RR intervals (Auuki)', () => {
    const m = decodeId('hr_energy_and_rr');
    expect(m.energyExpendedKj).toBe(2000);
    expect(m.rrIntervalsMs).toHaveLength(1);
    expect(m.rrIntervalsMs[0]).toBeCloseTo(861.328, 3);
  });

  it('decodes a real Polar H7 frame (TrackMyIndoorWorkout heart_rate_monitor_sensor_test.dart)', () => {
    const m = decodeId('hr_polar_h7_2rr');
    expect(m.heartRateBpm).toBe(115);
    expect(m.sensorContact).toBe(true);
    expect(m.rrIntervalsMs.map((ms) => ms / 1000)).toEqual([528 / 1024, 525 / 1024]);
  });

  it('takes any number of RR intervals', () => {
    const m = decodeHeartRateMeasurement(
      viewFromHex('10 5a 0004 0004 0004 0004 0004 0004 0004 0004'),
    );
    expect(m.rrIntervalsMs).toEqual(Array(8).fill(1000));
  });

  it('throws a typed error when the flags promise more than the frame holds', () => {
    expect(() => decodeHeartRateMeasurement(viewFromHex('01 2c'))).toThrow(FrameTooShortError);
    expect(() => decodeHeartRateMeasurement(viewFromHex('08 43 d0'))).toThrow(FrameTooShortError);
    expect(() => decodeHeartRateMeasurement(viewFromHex('10 44 72 03 8a'))).toThrow(
      FrameTooShortError,
    );
    expect(() => decodeHeartRateMeasurement(viewFromHex('00'))).toThrow(FrameTooShortError);
  });

  it('round-trips any measurement through the encoder', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffff }),
        fc.constantFrom(true, false, null),
        fc.option(fc.integer({ min: 0, max: 0xffff })),
        fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 8 }),
        (heartRateBpm, sensorContact, energyExpendedKj, rrRaw) => {
          const value = {
            heartRateBpm,
            sensorContact,
            energyExpendedKj,
            rrIntervalsMs: rrRaw.map((r) => (r * 1000) / 1024),
          };
          expect(decodeHeartRateMeasurement(viewOf(encodeHeartRateMeasurement(value)))).toEqual(
            value,
          );
        },
      ),
    );
  });

  it('re-encodes the Polar H7 frame byte for byte', () => {
    const v = publicVector('hr_polar_h7_2rr');
    expect(encodeHeartRateMeasurement(decodeHeartRateMeasurement(v.view))).toEqual(v.bytes);
  });
});
