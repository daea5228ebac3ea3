/** Hex text ↔ bytes, for the CLI, fixtures and logs. Spaces, colons and dashes between bytes are allowed. */

export class InvalidHexError extends Error {
  override name = 'InvalidHexError';
}

export function bytesFromHex(text: string): Uint8Array {
  const digits = text.replace(/^0x/i, '').replace(/[\s:-]/g, '');
  if (digits.length === 0)
    throw new InvalidHexError('no bytes given: expected hex such as "c4 09 00".');
  if (!/^[0-9a-fA-F]+$/.test(digits)) {
    throw new InvalidHexError(`"${text}" is not hex: use the digits 0-9 and a-f, two per byte.`);
  }
  if (digits.length % 2 !== 0) {
    throw new InvalidHexError(`"${text}" has an odd number of hex digits: each byte needs two.`);
  }
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function hexFromBytes(bytes: Uint8Array, separator = ''): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(separator);
}
