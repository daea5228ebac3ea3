import { importFailure, type ImportFailure } from '../import-error.ts';
import type { XmlProblem } from './xml-scanner.ts';

/** A number from element or attribute text; undefined when absent, blank or not a number. */
export function xmlNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** Epoch seconds from an ISO 8601 time; NaN when unreadable. */
export function xmlTimeS(raw: string | undefined): number {
  return raw === undefined ? NaN : Date.parse(raw.trim()) / 1000;
}

/** Why an XML file could not be read: cut off (Truncated) or malformed (Corrupt, with the line). */
export function xmlFailure(formatName: string, problem: XmlProblem): ImportFailure {
  if (problem.type === 'Truncated')
    return importFailure(
      'Truncated',
      `This ${formatName} file ends before it is complete: it was probably cut off while copying. Try exporting it again.`,
    );
  return importFailure(
    'Corrupt',
    `This ${formatName} file is not well-formed XML (line ${problem.line}: ${problem.detail}). Try exporting it again.`,
  );
}

/**
 * A title from element text: whitespace collapsed, at most 200 characters; null when blank. Files
 * name activities with whatever the athlete typed, so nothing else is assumed about it.
 */
export function cleanName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim();
  return name === '' ? null : name.slice(0, 200);
}
