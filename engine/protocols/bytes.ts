/**
 * Little-endian field access shared by every characteristic decoder and encoder.
 *
 * Bluetooth GATT characteristic values (Core spec vol 3 part G; the PM5 interface definition
 * likewise) put multi-byte fields least-significant byte first, so every helper here is LE.
 * CSAFE PM command arguments are the one big-endian exception and live in csafe/.
 */

/** A frame shorter than its layout (or its own flags) promises: never decoded into garbage. */
export class FrameTooShortError extends Error {
  override name = 'FrameTooShortError';
  constructor(
    readonly characteristic: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(
      `${characteristic}: the frame has ${actual} byte${actual === 1 ? '' : 's'} but its layout needs ${expected}.`,
    );
  }
}

/** A frame long enough but whose content breaks its format (a wrong op code, a reserved value). */
export class MalformedFrameError extends Error {
  override name = 'MalformedFrameError';
  constructor(
    readonly characteristic: string,
    detail: string,
  ) {
    super(`${characteristic}: ${detail}`);
  }
}

/** A value that does not fit the field an encoder is asked to write. */
export class FieldRangeError extends RangeError {
  override name = 'FieldRangeError';
  constructor(
    readonly field: string,
    readonly value: number,
    readonly min: number,
    readonly max: number,
  ) {
    super(`${field} = ${value} does not fit the field (allowed ${min} to ${max}).`);
  }
}

export function requireLength(view: DataView, expected: number, characteristic: string): void {
  if (view.byteLength < expected) {
    throw new FrameTooShortError(characteristic, expected, view.byteLength);
  }
}

export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function u8(view: DataView, offset: number): number {
  return view.getUint8(offset);
}

export function u16(view: DataView, offset: number): number {
  return view.getUint16(offset, true);
}

export function s16(view: DataView, offset: number): number {
  return view.getInt16(offset, true);
}

export function u24(view: DataView, offset: number): number {
  return (
    view.getUint8(offset) | (view.getUint8(offset + 1) << 8) | (view.getUint8(offset + 2) << 16)
  );
}

export function u32(view: DataView, offset: number): number {
  return view.getUint32(offset, true);
}

function fit(value: number, min: number, max: number, field: string): number {
  const rounded = Math.round(value);
  if (!(rounded >= min && rounded <= max)) throw new FieldRangeError(field, value, min, max);
  return rounded;
}

export function setU8(view: DataView, offset: number, value: number, field: string): void {
  view.setUint8(offset, fit(value, 0, 0xff, field));
}

export function setU16(view: DataView, offset: number, value: number, field: string): void {
  view.setUint16(offset, fit(value, 0, 0xffff, field), true);
}

export function setS16(view: DataView, offset: number, value: number, field: string): void {
  view.setInt16(offset, fit(value, -0x8000, 0x7fff, field), true);
}

export function setU24(view: DataView, offset: number, value: number, field: string): void {
  const v = fit(value, 0, 0xffffff, field);
  view.setUint8(offset, v & 0xff);
  view.setUint8(offset + 1, (v >> 8) & 0xff);
  view.setUint8(offset + 2, (v >> 16) & 0xff);
}

export function setU32(view: DataView, offset: number, value: number, field: string): void {
  view.setUint32(offset, fit(value, 0, 0xffffffff, field), true);
}

/** Reads fields one after another, for flag-driven layouts (FTMS, HRS, RSC). */
export class ByteCursor {
  offset: number;
  constructor(
    readonly view: DataView,
    start = 0,
  ) {
    this.offset = start;
  }
  u8(): number {
    return u8(this.view, this.offset++);
  }
  u16(): number {
    const v = u16(this.view, this.offset);
    this.offset += 2;
    return v;
  }
  s16(): number {
    const v = s16(this.view, this.offset);
    this.offset += 2;
    return v;
  }
  u24(): number {
    const v = u24(this.view, this.offset);
    this.offset += 3;
    return v;
  }
  u32(): number {
    const v = u32(this.view, this.offset);
    this.offset += 4;
    return v;
  }
}

/** Appends fields one after another, growing as needed; `bytes()` returns exactly what was written. */
export class ByteWriter {
  private buffer: Uint8Array;
  private view: DataView;
  private length = 0;
  constructor(capacity = 32) {
    this.buffer = new Uint8Array(capacity);
    this.view = viewOf(this.buffer);
  }
  private reserve(size: number): number {
    const at = this.length;
    if (at + size > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, at + size));
      grown.set(this.buffer);
      this.buffer = grown;
      this.view = viewOf(grown);
    }
    this.length += size;
    return at;
  }
  u8(value: number, field: string): this {
    const at = this.reserve(1);
    setU8(this.view, at, value, field);
    return this;
  }
  u16(value: number, field: string): this {
    const at = this.reserve(2);
    setU16(this.view, at, value, field);
    return this;
  }
  s16(value: number, field: string): this {
    const at = this.reserve(2);
    setS16(this.view, at, value, field);
    return this;
  }
  u24(value: number, field: string): this {
    const at = this.reserve(3);
    setU24(this.view, at, value, field);
    return this;
  }
  u32(value: number, field: string): this {
    const at = this.reserve(4);
    setU32(this.view, at, value, field);
    return this;
  }
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
