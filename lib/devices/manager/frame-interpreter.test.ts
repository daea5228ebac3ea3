import { describe, expect, it } from 'vitest';
import { encodeHeartRateMeasurement } from '../../../engine/protocols/hrs/heart-rate-measurement';
import { encodeRowerData } from '../../../engine/protocols/ftms/rower-data';
import { encodeTreadmillData } from '../../../engine/protocols/ftms/treadmill-data';
import { encodeRscMeasurement } from '../../../engine/protocols/rsc/rsc-measurement';
import { encodeStrokeData } from '../../../engine/protocols/pm5/stroke-data';
import { viewOf } from '../../../engine/protocols/bytes';
import { PM5_CHARACTERISTICS, SIG_CHARACTERISTICS } from '../../../engine/protocols/uuids';
import { createFrameInterpreter } from './frame-interpreter';
import type { DeviceKind } from './device-kinds';

/** One device's interpreter, called per notification as the manager does. */
const interpreter = (kind: DeviceKind, id: string) => {
  const made = createFrameInterpreter(kind, id);
  return (characteristic: string, view: DataView, atS: number) =>
    made.frame(characteristic, view, atS);
};

const hex = (text: string) =>
  viewOf(Uint8Array.from(text.replace(/\s/g, '').match(/../g) ?? [], (b) => parseInt(b, 16)));

describe('createFrameInterpreter', () => {
  it('reads speed and stroke rate from a real PM5 0x0032 frame and leaves out "no belt"', () => {
    // Real PM5 capture (ErgometerJS row100meter.ts, DEVICES-RESEARCH §1.3): 4.085 m/s, 23 spm, HR 255.
    const interpret = interpreter('pm5', 'pm5-1');
    const frame = interpret(
      PM5_CHARACTERISTICS.additionalStatus,
      hex('c40900 f50f 17 ff 0130 da30 0000 000000'),
      12,
    );
    expect(frame.readings[0]?.role).toBe('rower');
    expect(frame.readings[0]?.atS).toBe(12);
    expect(frame.readings[0]?.values).toEqual({ speedMps: 4.085, cadence: 23 });
  });

  it('reads distance from a real PM5 0x0031 frame', () => {
    const interpret = interpreter('pm5', 'pm5-1');
    const frame = interpret(
      PM5_CHARACTERISTICS.generalStatus,
      hex('c40900 e80300 03 01 0c 00 01 000000 640000 80 60'),
      25,
    );
    expect(frame.readings[0]?.values).toEqual({ distanceM: 100 });
  });

  it('keeps the first of the two reports of each stroke', () => {
    const interpret = interpreter('pm5', 'pm5-1');
    const stroke = {
      elapsedS: 24.98,
      distanceM: 99.9,
      driveLengthM: 1.27,
      driveTimeS: 0.59,
      recoveryTimeS: 0,
      strokeDistanceM: 10.75,
      peakDriveForceLbs: 169.9,
      averageDriveForceLbs: 111.5,
      workPerStrokeJ: 502.7,
      strokeCount: 10,
    };
    const first = interpret(PM5_CHARACTERISTICS.strokeData, viewOf(encodeStrokeData(stroke)), 25);
    const again = interpret(
      PM5_CHARACTERISTICS.strokeData,
      viewOf(encodeStrokeData({ ...stroke, recoveryTimeS: 1.83 })),
      26,
    );
    expect(first.readings[0]?.stroke?.strokeCount).toBe(10);
    expect(first.readings[0]?.stroke?.driveLengthM).toBeCloseTo(1.27, 2);
    expect(again).toEqual({ readings: [] });
  });

  it('passes RR intervals on and drops the rate when the strap is off the skin', () => {
    const interpret = interpreter('heart-rate', 'strap');
    const on = interpret(
      SIG_CHARACTERISTICS.heartRateMeasurement,
      viewOf(
        encodeHeartRateMeasurement({
          heartRateBpm: 142,
          sensorContact: true,
          energyExpendedKj: null,
          rrIntervalsMs: [421.875],
        }),
      ),
      3,
    );
    expect(on.readings[0]?.values).toEqual({ heartRateBpm: 142 });
    expect(on.readings[0]?.rrIntervalsMs?.[0]).toBeCloseTo(421.875, 3);
    const off = interpret(
      SIG_CHARACTERISTICS.heartRateMeasurement,
      viewOf(
        encodeHeartRateMeasurement({
          heartRateBpm: 0,
          sensorContact: false,
          energyExpendedKj: null,
          rrIntervalsMs: [],
        }),
      ),
      4,
    );
    expect(off.readings[0]?.values).toEqual({});
  });
});

describe('createFrameInterpreter for sensors and FTMS machines', () => {
  it('turns treadmill km/h into m/s and reads a footpod', () => {
    const mill = interpreter('ftms-treadmill', 'mill');
    const t = mill(
      SIG_CHARACTERISTICS.treadmillData,
      viewOf(encodeTreadmillData({ instantaneousSpeedKmh: 10.8, totalDistanceM: 1500 })),
      1,
    );
    expect(t.readings[0]?.values.speedMps).toBeCloseTo(3, 6);
    expect(t.readings[0]?.values.distanceM).toBe(1500);
    const pod = interpreter('footpod', 'pod');
    const p = pod(
      SIG_CHARACTERISTICS.rscMeasurement,
      viewOf(
        encodeRscMeasurement({
          instantaneousSpeedMps: 3.5,
          instantaneousCadenceSpm: 172,
          running: true,
        }),
      ),
      1,
    );
    expect(p.readings[0]?.values).toEqual({ speedMps: 3.5, cadence: 172 });
  });

  it('reads the battery level', () => {
    const interpret = interpreter('heart-rate', 'strap');
    expect(interpret(SIG_CHARACTERISTICS.batteryLevel, hex('5a'), 0)).toEqual({
      readings: [],
      batteryPct: 90,
    });
  });

  it('makes one reading from a treadmill record split over two notifications', () => {
    const mill = createFrameInterpreter('ftms-treadmill', 'mill');
    // More Data: distance and heart rate first, the instantaneous speed that closes it last.
    const first = mill.frame(
      SIG_CHARACTERISTICS.treadmillData,
      viewOf(encodeTreadmillData({ totalDistanceM: 1500, heartRateBpm: 151 })),
      7,
    );
    expect(first).toEqual({ readings: [] });
    const second = mill.frame(
      SIG_CHARACTERISTICS.treadmillData,
      viewOf(encodeTreadmillData({ instantaneousSpeedKmh: 10.8 })),
      7.1,
    );
    expect(second.readings).toHaveLength(1);
    expect(second.readings[0]).toMatchObject({ deviceId: 'mill', role: 'treadmill', atS: 7.1 });
    expect(second.readings[0]?.values).toEqual({
      speedMps: expect.closeTo(3, 6),
      distanceM: 1500,
      heartRateBpm: 151,
    });
  });

  it('merges the PM5 FTMS rower parts and gives out a half-built record when the link drops', () => {
    const rower = createFrameInterpreter('ftms-rower', 'erg');
    const part = (fields: Parameters<typeof encodeRowerData>[0], atS: number) =>
      rower.frame(SIG_CHARACTERISTICS.rowerData, viewOf(encodeRowerData(fields)), atS);
    expect(
      part({ totalDistanceM: 203, instantaneousPaceS500m: 125, instantaneousPowerW: 180 }, 1),
    ).toEqual({ readings: [] });
    const closed = part({ strokeRateSpm: 24, strokeCount: 36 }, 1.05);
    expect(closed.readings.map((r) => r.values)).toEqual([
      { cadence: 24, distanceM: 203, speedMps: 4, powerW: 180 },
    ]);
    // The next record's first part arrives, then the link goes before its closing part.
    expect(part({ totalDistanceM: 211, instantaneousPaceS500m: 124 }, 2)).toEqual({ readings: [] });
    const held = rower.linkLost(2.5);
    expect(held.map((r) => [r.atS, r.values])).toEqual([
      [2.5, { distanceM: 211, speedMps: 500 / 124 }],
    ]);
    expect(rower.linkLost(3)).toEqual([]);
  });
});
