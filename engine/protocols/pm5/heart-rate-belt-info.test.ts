import { describe, expect, it } from 'vitest';
import { decodeHeartRateBeltInfo, encodeHeartRateBeltInfo } from './heart-rate-belt-info.ts';
import { decodeMultiplexed } from './multiplexed.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

// Layout: ErgometerJS typedefinitions.ts PM_Heart_Rate_Belt_Info_BLE_Payload (manufacturer,
// device type, belt id LO…HI).
describe('PM5 heart rate belt info 0x003B', () => {
  it('reads the belt id as a little-endian uint32 (hand-built frame)', () => {
    expect(decodeHeartRateBeltInfo(viewFromHex('01 02 78 56 34 12'))).toEqual({
      manufacturerId: 1,
      deviceType: 2,
      beltId: 0x12345678,
    });
  });

  it('decodes the six zero bytes Open Rowing Monitor serves when no belt is paired', () => {
    expect(decodeHeartRateBeltInfo(viewFromHex('000000000000'))).toEqual({
      manufacturerId: 0,
      deviceType: 0,
      beltId: 0,
    });
  });

  it('decodes the same layout behind mux id 0x3B', () => {
    expect(decodeMultiplexed(viewFromHex('3b 7b 01 ff ff ff ff'))).toEqual({
      record: 'pm5-heart-rate-belt-info',
      value: { manufacturerId: 123, deviceType: 1, beltId: 0xffffffff },
    });
  });

  it('throws a typed error below 6 bytes', () => {
    expect(() => decodeHeartRateBeltInfo(viewOf(new Uint8Array(5)))).toThrow(FrameTooShortError);
  });

  it('round-trips any frame', () => {
    expectBytesRoundTrip([6], decodeHeartRateBeltInfo, encodeHeartRateBeltInfo);
  });
});
