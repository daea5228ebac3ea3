/**
 * Flag-driven record layouts shared by the FTMS data characteristics (Fitness Machine Service
 * 1.0 §4.8–4.10): a uint16 flags field, then each group of fields whose flag bit is set, in bit
 * order, little-endian. Bit 0 is inverted ("More Data"): when it is 0 the first group IS present;
 * when it is 1 the record continues in another notification and the first group is absent.
 */
import { ByteWriter, ByteCursor, requireLength, u16 } from '../bytes.ts';

type Kind = 'u8' | 'u16' | 's16' | 'u24';

type Field = {
  readonly name: string;
  readonly kind: Kind;
  readonly divisor?: number;
  /** The raw value meaning "not available" (decoded as null). */
  readonly nullRaw?: number;
};

export type FlagGroup = { readonly bit: number; readonly fields: readonly Field[] };

type AllFields<G extends readonly FlagGroup[]> = G[number]['fields'][number];

/** Fields of groups whose flag is off are omitted; fields set to "not available" are null. */
export type FlagValue<G extends readonly FlagGroup[]> = {
  -readonly [K in AllFields<G> as K['name']]?: K extends { readonly nullRaw: number }
    ? number | null
    : number;
};

const SIZE: Record<Kind, number> = { u8: 1, u16: 2, s16: 2, u24: 3 };

function read(cursor: ByteCursor, kind: Kind): number {
  if (kind === 'u8') return cursor.u8();
  if (kind === 'u16') return cursor.u16();
  if (kind === 's16') return cursor.s16();
  return cursor.u24();
}

const isPresent = (group: FlagGroup, flags: number): boolean =>
  group.bit === 0 ? (flags & 1) === 0 : (flags & (1 << group.bit)) !== 0;

export type FlagLayout<G extends readonly FlagGroup[]> = {
  readonly characteristic: string;
  /** Flags plus every field its flags promise. */
  expectedBytes(flags: number): number;
  decode(view: DataView): { flags: number; value: FlagValue<G> };
  encode(value: FlagValue<G>): Uint8Array;
};

export function defineFlagLayout<const G extends readonly FlagGroup[]>(
  characteristic: string,
  groups: G,
): FlagLayout<G> {
  const expectedBytes = (flags: number): number =>
    groups
      .filter((g) => isPresent(g, flags))
      .reduce((total, g) => total + g.fields.reduce((n, f) => n + SIZE[f.kind], 0), 2);
  return {
    characteristic,
    expectedBytes,
    decode(view) {
      requireLength(view, 2, characteristic);
      const flags = u16(view, 0);
      requireLength(view, expectedBytes(flags), characteristic);
      const cursor = new ByteCursor(view, 2);
      const out: Record<string, number | null> = {};
      for (const group of groups) {
        if (!isPresent(group, flags)) continue;
        for (const f of group.fields) {
          const raw = read(cursor, f.kind);
          out[f.name] = raw === f.nullRaw ? null : f.divisor ? raw / f.divisor : raw;
        }
      }
      return { flags, value: out as FlagValue<G> };
    },
    encode(value) {
      const record = value as Record<string, number | null | undefined>;
      const present = groups.filter((g) => g.fields.some((f) => record[f.name] !== undefined));
      let flags = 1;
      for (const g of present) flags = g.bit === 0 ? flags & ~1 : flags | (1 << g.bit);
      const writer = new ByteWriter(64).u16(flags, `${characteristic} flags`);
      for (const g of present) {
        for (const f of g.fields) {
          const v = record[f.name];
          const raw = v == null ? (f.nullRaw ?? 0) : f.divisor ? v * f.divisor : v;
          writer[f.kind](raw, `${characteristic} ${f.name}`);
        }
      }
      return writer.bytes();
    },
  };
}

/** The energy triplet every FTMS data record shares (0xFFFF / 0xFF = not available). */
export const ENERGY_FIELDS = [
  { name: 'totalEnergyKcal', kind: 'u16', nullRaw: 0xffff },
  { name: 'energyPerHourKcal', kind: 'u16', nullRaw: 0xffff },
  { name: 'energyPerMinuteKcal', kind: 'u8', nullRaw: 0xff },
] as const;
