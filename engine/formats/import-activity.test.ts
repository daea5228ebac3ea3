import { Encoder, Profile } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { importBytes, importOne } from './test-support/import-one.ts';
import { syntheticActivity } from './test-support/synthetic-activity.ts';
import { writeFit } from './test-support/write-fit.ts';
import { writeGpx } from './test-support/write-gpx.ts';
import { writeTcx } from './test-support/write-tcx.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importActivity: FIT written by the Garmin FIT SDK encoder', () => {
  const run = syntheticActivity({ durationS: 1200, pause: { atS: 400, forS: 90 }, lapEveryS: 300 });
  const activity = importOne(writeFit(run), 'run.fit');

  it('reads sport, start time, source and every sample as columns', () => {
    expect(activity.sport).toBe('running');
    expect(activity.subSport).toBe('generic');
    expect(activity.startTime).toBe('2026-03-01T07:00:00.000Z');
    expect(activity.source).toBe('fit');
    expect(activity.streams.timeS).toHaveLength(run.samples.length);
    expect(activity.streams.heartRateBpm[10]).toBe(run.samples[10]!.heartRateBpm);
    expect(activity.streams.distanceM[500]).toBeCloseTo(run.samples[500]!.distanceM, 2);
    expect(activity.streams.latitudeDeg[300]).toBeCloseTo(run.samples[300]!.latitudeDeg!, 6);
    expect(activity.streams.altitudeM[300]).toBeCloseTo(run.samples[300]!.altitudeM!, 1);
  });
  it('stores running cadence as steps per minute (FIT counts strides of one foot)', () => {
    expect(activity.streams.cadence[5]).toBe(170);
  });
  it('keeps the timer pause, so elapsed and recorded time differ', () => {
    expect(activity.pauses).toEqual([{ startS: 400, endS: 490, reason: 'timer' }]);
  });
  it('keeps the laps the device wrote', () => {
    expect(activity.laps.length).toBe(4);
    expect(activity.laps[1]!.startOffsetS).toBe(300);
    expect(activity.laps[0]!.distanceM).toBeGreaterThan(900);
  });
  it('reads a rowing erg file as rowing / indoor_rowing with its power', () => {
    const row = importOne(writeFit(syntheticActivity({ sport: 'rowing', durationS: 300 })));
    expect(row.sport).toBe('rowing');
    expect(row.subSport).toBe('indoor_rowing');
    expect(row.streams.powerW[100]).toBeGreaterThan(150);
    expect(row.device).toBe('concept2');
  });
});

describe('importActivity: bad input gives a typed error a person understands', () => {
  const fit = writeFit(syntheticActivity({ durationS: 300 }));

  it('Empty: no bytes, or only whitespace', () => {
    for (const bytes of [new Uint8Array(0), utf8('  \n ')]) {
      const result = importBytes(bytes, 'empty.gpx');
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.type).toBe('Empty');
        expect(result.error.message).toMatch(/empty/);
      }
    }
  });
  it('Truncated: a FIT file cut off inside its header, or before its first whole record', () => {
    for (const bytes of [fit.subarray(0, 10), fit.subarray(0, 20)]) {
      const result = importBytes(bytes, 'cut.fit');
      expect(result.ok ? 'ok' : result.error.type).toBe('Truncated');
    }
  });
  it('a FIT file cut off in the middle is read up to its last whole record, with a note', () => {
    const activity = importOne(fit.subarray(0, fit.length - 500), 'cut.fit');
    const note = activity.notes?.find((n) => n.type === 'FileCutShort');
    expect(note?.message).toMatch(/ends early \(\d+ of \d+ bytes/);
    expect(activity.streams.timeS.length).toBeGreaterThan(200);
    expect(activity.streams.timeS.length).toBeLessThan(301);
  });
  it('Corrupt: a FIT file whose checksum does not match after one byte changed', () => {
    const damaged = fit.slice();
    damaged[200] = damaged[200]! ^ 0x5a;
    const result = importBytes(damaged);
    expect(result.ok ? 'ok' : result.error.type).toBe('Corrupt');
    if (!result.ok) expect(result.error.message).toMatch(/checksum/);
  });
  it('NotAnActivity: a FIT course file, a FIT file without samples, a GPX route, a TCX course', () => {
    const course = writeFit(syntheticActivity({ durationS: 60 }), 'course');
    const encoder = new Encoder();
    encoder.onMesg(Profile.MesgNum.FILE_ID!, {
      type: 'activity',
      manufacturer: 'garmin',
      timeCreated: new Date(),
    } as Parameters<Encoder['onMesg']>[1]);
    const noSamples = encoder.close();
    const route = utf8(
      '<?xml version="1.0"?><gpx version="1.1"><rte><rtept lat="1" lon="2"/></rte></gpx>',
    );
    const tcxCourse = utf8(
      '<TrainingCenterDatabase><Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>',
    );
    for (const bytes of [course, noSamples, route, tcxCourse]) {
      const result = importBytes(bytes);
      expect(result.ok ? 'ok' : result.error.type).toBe('NotAnActivity');
    }
  });
  it('UnknownFormat: a PNG, a CSV, or XML of another kind, even when named .fit', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    for (const bytes of [png, utf8('time,hr\n0,120\n'), utf8('<kml><Document/></kml>')]) {
      const result = importBytes(bytes, 'photo.fit');
      expect(result.ok ? 'ok' : result.error.type).toBe('UnknownFormat');
      if (!result.ok) expect(result.error.message).toContain('photo.fit');
    }
  });
  it('Truncated and Corrupt XML: a GPX cut off before its first point, a TCX with a mismatched tag', () => {
    const gpx = writeGpx(syntheticActivity({ durationS: 120 }));
    const cut = importBytes(utf8(gpx.slice(0, gpx.indexOf('<trkpt') + 20)));
    expect(cut.ok ? 'ok' : cut.error.type).toBe('Truncated');
    const half = importOne(gpx.slice(0, gpx.length / 2));
    expect(half.notes?.map((n) => n.type)).toContain('FileCutShort');
    expect(half.streams.timeS.length).toBeGreaterThan(50);
    const tcx = writeTcx(syntheticActivity({ durationS: 120 })).replace('</Lap>', '</Lapp>');
    const broken = importBytes(utf8(tcx));
    expect(broken.ok ? 'ok' : broken.error.type).toBe('Corrupt');
  });
});
