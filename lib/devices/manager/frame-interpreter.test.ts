import { describe, expect, it } from 'vitest';
import { encodeHeartRateMeasurement } from '../../../engine/protocols/hrs/heart-rate-measurement';
import { encodeTreadmillData } from '../../../engine/protocols/ftms/treadmill-data';
import { encodeRscMeasurement } from '../../../engine/protocols/rsc/rsc-measurement';
import { encodeStrokeData } from '../../../engine/protocols/pm5/stroke-data';
import { viewOf } from '../../../engine/protocols/bytes';
import { PM5_CHARACTERISTICS, SIG_CHARACTERISTICS } from '../../../engine/protocols/uuids';
import { createFrameInterpreter } from './frame-interpreter';

const hex = (text: string) =>
  viewOf(Uint8Array.from(text.replace(/\s/g, '').match(/../g) ?? [], (b) => parseInt(b, 16)));

describe('createFrameInterpreter', () => {
  it('reads speed and stroke rate from a real PM5 0x0032 frame and leaves out "no belt"', () => {
    // Real PM5 capture (ErgometerJS row100meter.ts, DEVICES-RESEARCH §1.3): 4.085 m/s, 23 spm, HR 255.
    const interpret = createFrameInterpreter('pm5', 'pm5-1');
    const frame = interpret(
      PM5_CHARACTERISTICS.additionalStatus,
      hex('c40900 f50f 17 ff 0130 da30 0000 000000'),
      12,
    );
    expect(frame.reading?.role).toBe('rower');
    expect(frame.reading?.atS).toBe(12);
    expect(frame.reading?.values).toEqual({ speedMps: 4.085, cadence: 23 });
  });

  it('reads distance from a real PM5 0x0031 frame', () => {
    const interpret = createFrameInterpreter('pm5', 'pm5-1');
    const frame = interpret(
      PM5_CHARACTERISTICS.generalStatus,
      hex('c40900 e80300 03 01 0c 00 01 000000 640000 80 60'),
      25,
    );
    expect(frame.reading?.values).toEqual({ distanceM: 100 });
  });

  it('keeps the first of the two reports of each stroke', () => {
    const interpret = createFrameInterpreter('pm5', 'pm5-1');
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
    expect(first.reading?.stroke?.strokeCount).toBe(10);
    expect(first.reading?.stroke?.driveLengthM).toBeCloseTo(1.27, 2);
    expect(again).toEqual({});
  });

  it('passes RR intervals on and drops the rate when the strap is off the skin', () => {
    const interpret = createFrameInterpreter('heart-rate', 'strap');
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
    expect(on.reading?.values).toEqual({ heartRateBpm: 142 });
    expect(on.reading?.rrIntervalsMs?.[0]).toBeCloseTo(421.875, 3);
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
    expect(off.reading?.values).toEqual({});
  });

  it('turns treadmill km/h into m/s and reads a footpod', () => {
    const mill = createFrameInterpreter('ftms-treadmill', 'mill');
    const t = mill(
      SIG_CHARACTERISTICS.treadmillData,
      viewOf(encodeTreadmillData({ instantaneousSpeedKmh: 10.8, totalDistanceM: 1500 })),
      1,
    );
    expect(t.reading?.values.speedMps).toBeCloseTo(3, 6);
    expect(t.reading?.values.distanceM).toBe(1500);
    const pod = createFrameInterpreter('footpod', 'pod');
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
    expect(p.reading?.values).toEqual({ speedMps: 3.5, cadence: 172 });
  });

  it('reads the battery level', () => {
    const interpret = createFrameInterpreter('heart-rate', 'strap');
    expect(interpret(SIG_CHARACTERISTICS.batteryLevel, hex('5a'), 0)).toEqual({ batteryPct: 90 });
  });
});
