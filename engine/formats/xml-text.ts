/**
 * XML bytes as text, in the encoding the file itself declares: a byte-order mark first, then the
 * first four bytes of a BOM-less UTF-16 "<?", then the declaration's `encoding` (XML 1.0 §4.3.3 and
 * Appendix F). Some desktop exporters write UTF-16 or ISO-8859-1; read as UTF-8 they would not be
 * recognised at all, or their names would come out garbled.
 */
export function decodeXml(bytes: Uint8Array): string {
  return decoderFor(bytes).decode(bytes);
}

function decoderFor(bytes: Uint8Array): TextDecoder {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be');
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le');
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder('utf-8');
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return new TextDecoder('utf-16be');
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return new TextDecoder('utf-16le');
  const label = declaredEncoding(bytes);
  if (label && !/^utf-?16/i.test(label)) {
    try {
      return new TextDecoder(label);
    } catch (error) {
      // An encoding this platform does not know: UTF-8 reads every ASCII file right.
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return new TextDecoder('utf-8');
}

/** The `encoding` of an ASCII-compatible `<?xml …?>` declaration, if there is one. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const declaration = /^<\?xml\s[^>]*?\?>/.exec(head)?.[0];
  return declaration
    ? (/encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(declaration)?.[1] ?? null)
    : null;
}
