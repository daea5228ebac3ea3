/**
 * Fixed-offset record layouts for the PM5 rowing service, declared as tables.
 *
 * Every PM5 record is a run of little-endian unsigned integers at fixed offsets with a fixed
 * scale (PM5 Bluetooth Smart Interface Definition rev 1.30, via ErgometerJS typedefinitions.ts),
 * so one table per record — and per form, direct or multiplexed — replaces hand-written
 * bit-twiddling. Values are divided by `divisor` (division, not multiplication, so 2505 / 100 is
 * exactly the double nearest 25.05).
 */
import {
  requireLength,
  u8,
  u16,
  u24,
  u32,
  setU8,
  setU16,
  setU24,
  setU32,
  viewOf,
} from '../bytes.ts';

type Carried = {
  readonly name: string;
  readonly offset: number;
  readonly size: 1 | 2 | 3 | 4;
  readonly divisor?: number;
  /** The raw value the PM uses for "not available" (decoded as null). */
  readonly nullRaw?: number;
  /** Present only on newer firmware: decoded as null when the frame stops before it. */
  readonly optional?: true;
};

/** A field this form of the record does not carry (decoded as null, never written). */
type Absent = { readonly name: string; readonly absent: true };

export type FieldSpec = Carried | Absent;

type Nullable =
  { readonly nullRaw: number } | { readonly optional: true } | { readonly absent: true };

export type LayoutValue<F extends readonly FieldSpec[]> = {
  -readonly [K in F[number] as K['name']]: K extends Nullable ? number | null : number;
};

export type Layout<F extends readonly FieldSpec[]> = {
  readonly characteristic: string;
  /** Bytes up to the last field that every firmware sends. */
  readonly minBytes: number;
  decode(view: DataView): LayoutValue<F>;
  encode(value: LayoutValue<F>): Uint8Array;
};

const isCarried = (f: FieldSpec): f is Carried => !('absent' in f);

function read(view: DataView, f: Carried): number {
  if (f.size === 1) return u8(view, f.offset);
  if (f.size === 2) return u16(view, f.offset);
  if (f.size === 3) return u24(view, f.offset);
  return u32(view, f.offset);
}

export function defineLayout<const F extends readonly FieldSpec[]>(
  characteristic: string,
  fields: F,
): Layout<F> {
  const carried = fields.filter(isCarried);
  const end = (f: Carried): number => f.offset + f.size;
  const minBytes = Math.max(0, ...carried.filter((f) => !f.optional).map(end));
  return {
    characteristic,
    minBytes,
    decode(view) {
      requireLength(view, minBytes, characteristic);
      const out: Record<string, number | null> = {};
      for (const f of fields) {
        if (!isCarried(f) || (f.optional && view.byteLength < end(f))) {
          out[f.name] = null;
          continue;
        }
        const raw = read(view, f);
        out[f.name] = raw === f.nullRaw ? null : f.divisor ? raw / f.divisor : raw;
      }
      return out as LayoutValue<F>;
    },
    encode(value) {
      const record = value as Record<string, number | null>;
      const present = carried.filter((f) => !f.optional || record[f.name] != null);
      const bytes = new Uint8Array(Math.max(minBytes, ...present.map(end)));
      const view = viewOf(bytes);
      for (const f of present) {
        const v = record[f.name];
        const raw = v == null ? (f.nullRaw ?? 0) : f.divisor ? v * f.divisor : v;
        const label = `${characteristic} ${f.name}`;
        if (f.size === 1) setU8(view, f.offset, raw, label);
        else if (f.size === 2) setU16(view, f.offset, raw, label);
        else if (f.size === 3) setU24(view, f.offset, raw, label);
        else setU32(view, f.offset, raw, label);
      }
      return bytes;
    },
  };
}
