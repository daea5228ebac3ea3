/**
 * Heart Rate Measurement, characteristic 0x2A37 (Heart Rate Service 1.0 §3.1; GATT XML
 * org.bluetooth.characteristic.heart_rate_measurement). Flags uint8:
 *   bit 0 — heart rate is uint16 (else uint8);
 *   bits 1–2 — sensor contact: 0b0x not supported, 0b10 supported but no contact, 0b11 contact;
 *   bit 3 — energy expended present (uint16, kJ per HRS §3.1.1.3);
 *   bit 4 — RR intervals present: every remaining uint16, in 1/1024 s.
 */
import { ByteCursor, ByteWriter, FrameTooShortError, requireLength } from '../bytes.ts';

const CHARACTERISTIC = 'Heart rate measurement (0x2A37)';

export type HeartRateMeasurement = {
  heartRateBpm: number;
  /** null when the strap does not report contact. */
  sensorContact: boolean | null;
  energyExpendedKj: number | null;
  rrIntervalsMs: number[];
};

export function decodeHeartRateMeasurement(view: DataView): HeartRateMeasurement {
  requireLength(view, 2, CHARACTERISTIC);
  const flags = view.getUint8(0);
  const wide = (flags & 0x01) !== 0;
  const hasEnergy = (flags & 0x08) !== 0;
  const hasRr = (flags & 0x10) !== 0;
  const fixedBytes = 1 + (wide ? 2 : 1) + (hasEnergy ? 2 : 0);
  requireLength(view, fixedBytes, CHARACTERISTIC);
  const rrBytes = hasRr ? view.byteLength - fixedBytes : 0;
  if (rrBytes % 2 !== 0)
    throw new FrameTooShortError(CHARACTERISTIC, view.byteLength + 1, view.byteLength);
  const cursor = new ByteCursor(view, 1);
  const heartRateBpm = wide ? cursor.u16() : cursor.u8();
  const energyExpendedKj = hasEnergy ? cursor.u16() : null;
  const rrIntervalsMs: number[] = [];
  for (let i = 0; i < rrBytes / 2; i++) rrIntervalsMs.push((cursor.u16() * 1000) / 1024);
  const sensorContact = (flags & 0x04) === 0 ? null : (flags & 0x02) !== 0;
  return { heartRateBpm, sensorContact, energyExpendedKj, rrIntervalsMs };
}

/** Uses the uint16 format only when the rate needs it; RR intervals are rounded to 1/1024 s. */
export function encodeHeartRateMeasurement(value: HeartRateMeasurement): Uint8Array {
  const wide = value.heartRateBpm > 0xff;
  const contactBits = value.sensorContact === null ? 0 : value.sensorContact ? 0x06 : 0x04;
  const flags =
    (wide ? 0x01 : 0) |
    contactBits |
    (value.energyExpendedKj !== null ? 0x08 : 0) |
    (value.rrIntervalsMs.length > 0 ? 0x10 : 0);
  const writer = new ByteWriter(4 + value.rrIntervalsMs.length * 2).u8(
    flags,
    `${CHARACTERISTIC} flags`,
  );
  if (wide) writer.u16(value.heartRateBpm, `${CHARACTERISTIC} heartRateBpm`);
  else writer.u8(value.heartRateBpm, `${CHARACTERISTIC} heartRateBpm`);
  if (value.energyExpendedKj !== null)
    writer.u16(value.energyExpendedKj, `${CHARACTERISTIC} energyExpendedKj`);
  for (const rr of value.rrIntervalsMs)
    writer.u16((rr * 1024) / 1000, `${CHARACTERISTIC} rrIntervalsMs`);
  return writer.bytes();
}
