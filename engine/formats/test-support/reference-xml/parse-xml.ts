import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { importFailure, type ImportFailure } from '../../import-error.ts';

export type XmlNode = Record<string, unknown>;

/** Elements that may repeat in GPX or TCX; the parser always gives these as arrays. */
const REPEATED = new Set(['trk', 'trkseg', 'trkpt', 'Activity', 'Lap', 'Track', 'Trackpoint']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
});

/**
 * Parses an XML activity file, or says why it cannot: a document that never closes its root
 * element was cut off (Truncated); any other malformation is Corrupt.
 */
export function parseXml(
  text: string,
  formatName: string,
  rootName: string,
): { ok: true; root: XmlNode } | ImportFailure {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const closesRoot = new RegExp(`</(?:[\\w.-]+:)?${rootName}\\s*>\\s*$`).test(text);
    if (!closesRoot) {
      return importFailure(
        'Truncated',
        `This ${formatName} file ends before it is complete: it was probably cut off while copying. Try exporting it again.`,
      );
    }
    return importFailure(
      'Corrupt',
      `This ${formatName} file is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}). Try exporting it again.`,
    );
  }
  return { ok: true, root: parser.parse(text) as XmlNode };
}

/** A child element as an object, or undefined. */
export function child(node: unknown, name: string): XmlNode | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as XmlNode)[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as XmlNode)
    : undefined;
}

/** A repeated child element as an array (empty when absent). */
export function children(node: unknown, name: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as XmlNode)[name];
  if (Array.isArray(value))
    return value.filter((v): v is XmlNode => typeof v === 'object' && v !== null);
  return typeof value === 'object' && value !== null ? [value as XmlNode] : [];
}

/** The text of an element or attribute (an element with attributes keeps its text under "#text"). */
export function text(node: unknown, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as XmlNode)[name];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object' && value !== null && '#text' in value) {
    return String((value as XmlNode)['#text']).trim();
  }
  return undefined;
}

/** A number from an element or attribute; undefined when absent or not a number. */
export function numberAt(node: unknown, name: string): number | undefined {
  const raw = text(node, name);
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

/** Milliseconds since the epoch from an ISO 8601 element; undefined when absent or unreadable. */
export function timeAt(node: unknown, name: string): number | undefined {
  const raw = text(node, name);
  if (raw === undefined) return undefined;
  const ms = Date.parse(raw);
  return Number.isFinite(ms) ? ms : undefined;
}
