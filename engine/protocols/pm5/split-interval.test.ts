import { describe, expect, it } from 'vitest';
import { decodeSplitInterval, encodeSplitInterval } from './split-interval.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector, viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

// Real PM5 frames from the end of a 100 m piece (ErgometerJS row100meter.ts).
describe('PM5 split/interval data 0x0037', () => {
  it('decodes the first split: 25.0 s (0.1 s units) over 100 m', () => {
    expect(decodeSplitInterval(publicVector('pm5_0037_split1').view)).toEqual({
      elapsedS: 25,
      distanceM: 100,
      intervalTimeS: 25,
      intervalDistanceM: 100,
      intervalRestTimeS: 0,
      intervalRestDistanceM: 0,
      intervalType: 1,
      intervalNumber: 1,
    });
  });

  it('reads rest time and rest distance from their own offsets (hand-built frame)', () => {
    const s = decodeSplitInterval(viewFromHex('e02e00 881300 b00400 f40100 3c00 0f00 01 02'));
    expect(s).toEqual({
      elapsedS: 120,
      distanceM: 500,
      intervalTimeS: 120,
      intervalDistanceM: 500,
      intervalRestTimeS: 60,
      intervalRestDistanceM: 15,
      intervalType: 1,
      intervalNumber: 2,
    });
  });

  it('throws a typed error below 18 bytes', () => {
    const short = publicVector('pm5_0037_split1').bytes.slice(0, 17);
    expect(() => decodeSplitInterval(viewOf(short))).toThrow(FrameTooShortError);
  });

  it('round-trips any frame', () => {
    expectBytesRoundTrip([18], decodeSplitInterval, encodeSplitInterval);
  });
});
