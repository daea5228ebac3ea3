/**
 * Cycling Power Measurement, characteristic 0x2A63 (Cycling Power Service 1.1 §3.2; field formats
 * from the Bluetooth SIG GATT XML org.bluetooth.characteristic.cycling_power_measurement): uint16
 * flags, sint16 instantaneous power, then each optional field whose flag bit is set, in bit order,
 * little-endian (DEVICES-RESEARCH.md §3.5):
 * - bit 0 pedal power balance uint8, 0.5 %; bit 1 says whether it is the left pedal's share;
 * - bit 2 accumulated torque uint16, 1/32 N·m; bit 3 says whether it is measured at the crank;
 * - bit 4 wheel revolutions uint32 + last wheel event time uint16, 1/2048 s;
 * - bit 5 crank revolutions uint16 + last crank event time uint16, 1/1024 s;
 * - bit 6 maximum and minimum force sint16, N; bit 7 maximum and minimum torque sint16, 1/32 N·m;
 * - bit 8 maximum and minimum angle, two uint12 in 3 bytes (maximum in the low 12 bits), degrees;
 * - bits 9 / 10 top / bottom dead spot angle uint16, degrees; bit 11 accumulated energy uint16, kJ;
 * - bit 12 offset compensation indicator. Bits 13–15 are reserved and ignored.
 * Indicator bits (1, 3, 12) are always reported; absent fields are omitted. Event times and
 * revolution counts roll over; differencing them is the caller's job.
 */
import { ByteCursor, ByteWriter, FieldRangeError, requireLength, u16 } from '../bytes.ts';

const CHARACTERISTIC = 'Cycling power measurement (0x2A63)';

type Kind = 'u8' | 'u16' | 's16' | 'u32';
type Field = { readonly name: string; readonly kind: Kind; readonly divisor?: number };
type Group = { readonly bit: number; readonly fields: readonly Field[] };

// The packed angles (bit 8) sit between these two runs of plain fields.
const BEFORE_ANGLES = [
  { bit: 0, fields: [{ name: 'pedalPowerBalancePct', kind: 'u8', divisor: 2 }] },
  { bit: 2, fields: [{ name: 'accumulatedTorqueNm', kind: 'u16', divisor: 32 }] },
  {
    bit: 4,
    fields: [
      { name: 'cumulativeWheelRevolutions', kind: 'u32' },
      { name: 'lastWheelEventTimeS', kind: 'u16', divisor: 2048 },
    ],
  },
  {
    bit: 5,
    fields: [
      { name: 'cumulativeCrankRevolutions', kind: 'u16' },
      { name: 'lastCrankEventTimeS', kind: 'u16', divisor: 1024 },
    ],
  },
  {
    bit: 6,
    fields: [
      { name: 'maximumForceN', kind: 's16' },
      { name: 'minimumForceN', kind: 's16' },
    ],
  },
  {
    bit: 7,
    fields: [
      { name: 'maximumTorqueNm', kind: 's16', divisor: 32 },
      { name: 'minimumTorqueNm', kind: 's16', divisor: 32 },
    ],
  },
] as const satisfies readonly Group[];

const AFTER_ANGLES = [
  { bit: 9, fields: [{ name: 'topDeadSpotAngleDeg', kind: 'u16' }] },
  { bit: 10, fields: [{ name: 'bottomDeadSpotAngleDeg', kind: 'u16' }] },
  { bit: 11, fields: [{ name: 'accumulatedEnergyKj', kind: 'u16' }] },
] as const satisfies readonly Group[];

const GROUPS: readonly Group[] = [...BEFORE_ANGLES, ...AFTER_ANGLES];

const ANGLES_BIT = 8;
const SIZE: Record<Kind, number> = { u8: 1, u16: 2, s16: 2, u32: 4 };
const INDICATORS = {
  leftPedalReference: 1 << 1,
  crankTorqueSource: 1 << 3,
  offsetCompensation: 1 << 12,
};

type OptionalName = (typeof BEFORE_ANGLES | typeof AFTER_ANGLES)[number]['fields'][number]['name'];

export type CyclingPowerMeasurement = {
  instantaneousPowerW: number;
  /** Bit 1: the balance is the left pedal's share ('left') or its reference is unknown. */
  pedalPowerBalanceReference: 'left' | 'unknown';
  /** Bit 3: where accumulated torque is measured. */
  accumulatedTorqueSource: 'wheel' | 'crank';
  /** Bit 12. */
  offsetCompensation: boolean;
  maximumAngleDeg?: number;
  minimumAngleDeg?: number;
} & { [K in OptionalName]?: number };

const has = (flags: number, bit: number): boolean => (flags & (1 << bit)) !== 0;

/** Flags, power and every field the flags promise, in bytes. */
export function cyclingPowerExpectedBytes(flags: number): number {
  const groups = GROUPS.filter((g) => has(flags, g.bit)).reduce(
    (n, g) => n + g.fields.reduce((m, f) => m + SIZE[f.kind], 0),
    0,
  );
  return 4 + groups + (has(flags, ANGLES_BIT) ? 3 : 0);
}

function read(c: ByteCursor, kind: Kind): number {
  if (kind === 'u8') return c.u8();
  if (kind === 'u16') return c.u16();
  if (kind === 's16') return c.s16();
  return c.u32();
}

function readGroups(
  c: ByteCursor,
  flags: number,
  groups: readonly Group[],
  out: CyclingPowerMeasurement,
): void {
  for (const group of groups) {
    if (!has(flags, group.bit)) continue;
    for (const f of group.fields) {
      const raw = read(c, f.kind);
      out[f.name as OptionalName] = f.divisor ? raw / f.divisor : raw;
    }
  }
}

export function decodeCyclingPowerMeasurement(view: DataView): CyclingPowerMeasurement {
  requireLength(view, 4, CHARACTERISTIC);
  const flags = u16(view, 0);
  requireLength(view, cyclingPowerExpectedBytes(flags), CHARACTERISTIC);
  const c = new ByteCursor(view, 2);
  const out: CyclingPowerMeasurement = {
    instantaneousPowerW: c.s16(),
    pedalPowerBalanceReference: flags & INDICATORS.leftPedalReference ? 'left' : 'unknown',
    accumulatedTorqueSource: flags & INDICATORS.crankTorqueSource ? 'crank' : 'wheel',
    offsetCompensation: (flags & INDICATORS.offsetCompensation) !== 0,
  };
  readGroups(c, flags, BEFORE_ANGLES, out);
  if (has(flags, ANGLES_BIT)) {
    const packed = c.u24();
    out.maximumAngleDeg = packed & 0xfff;
    out.minimumAngleDeg = packed >> 12;
  }
  readGroups(c, flags, AFTER_ANGLES, out);
  return out;
}

const label = (name: string): string => `${CHARACTERISTIC} ${name}`;

function writeGroups(
  w: ByteWriter,
  groups: readonly Group[],
  value: CyclingPowerMeasurement,
): void {
  for (const g of groups) {
    if (!g.fields.some((f) => value[f.name as OptionalName] !== undefined)) continue;
    for (const f of g.fields) {
      const v = value[f.name as OptionalName] ?? 0;
      w[f.kind](f.divisor ? v * f.divisor : v, label(f.name));
    }
  }
}

export function encodeCyclingPowerMeasurement(value: CyclingPowerMeasurement): Uint8Array {
  const angles = value.maximumAngleDeg !== undefined || value.minimumAngleDeg !== undefined;
  let flags = 0;
  for (const g of GROUPS) {
    if (g.fields.some((f) => value[f.name as OptionalName] !== undefined)) flags |= 1 << g.bit;
  }
  if (angles) flags |= 1 << ANGLES_BIT;
  if (value.pedalPowerBalanceReference === 'left') flags |= INDICATORS.leftPedalReference;
  if (value.accumulatedTorqueSource === 'crank') flags |= INDICATORS.crankTorqueSource;
  if (value.offsetCompensation) flags |= INDICATORS.offsetCompensation;
  const w = new ByteWriter(34)
    .u16(flags, label('flags'))
    .s16(value.instantaneousPowerW, label('instantaneousPowerW'));
  writeGroups(w, BEFORE_ANGLES, value);
  if (angles) {
    const max = value.maximumAngleDeg ?? 0;
    const min = value.minimumAngleDeg ?? 0;
    for (const [name, deg] of [
      ['maximumAngleDeg', max],
      ['minimumAngleDeg', min],
    ] as const) {
      if (!(Number.isInteger(deg) && deg >= 0 && deg <= 0xfff)) {
        throw new FieldRangeError(label(name), deg, 0, 0xfff);
      }
    }
    w.u24(max | (min << 12), label('extreme angles'));
  }
  writeGroups(w, AFTER_ANGLES, value);
  return w.bytes();
}
