import { decodeXml } from './xml-text.ts';

/** The formats we can read. */
export type ActivityFormat = 'fit' | 'gpx' | 'tcx';

const FIT_SIGNATURE = '.FIT';
const XML_SNIFF_BYTES = 4096;

function hasFitSignature(bytes: Uint8Array): boolean {
  const headerSize = bytes[0];
  if (headerSize !== 12 && headerSize !== 14) return false;
  return String.fromCharCode(...bytes.subarray(8, 12)) === FIT_SIGNATURE;
}

/** The root element of an XML document, skipping the declaration, comments and a byte-order mark. */
export function xmlRootName(text: string): string | null {
  const match =
    /^(?:\uFEFF)?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.:-]*)/.exec(
      text,
    );
  const name = match?.[1];
  return name ? (name.split(':').pop() ?? null) : null;
}

/**
 * Which format the bytes are, read from the bytes themselves: a FIT header says ".FIT" at byte 8;
 * GPX and TCX are XML whose root element is <gpx> or <TrainingCenterDatabase>. The file name only
 * helps for a FIT file cut off before its header ends.
 */
export function sniffFormat(bytes: Uint8Array, fileName?: string): ActivityFormat | null {
  if (hasFitSignature(bytes)) return 'fit';
  const root = xmlRootName(decodeXml(bytes.subarray(0, XML_SNIFF_BYTES)));
  if (root === 'gpx') return 'gpx';
  if (root === 'TrainingCenterDatabase') return 'tcx';
  const headerSize = bytes[0];
  const cutInHeader = bytes.length < 14 && (headerSize === 12 || headerSize === 14);
  if (cutInHeader && fileName?.toLowerCase().endsWith('.fit')) return 'fit';
  return null;
}
