/**
 * The FIT SDK for JavaScript turns enum values into camelCase ("indoorRowing"); the FIT profile
 * itself names them in snake_case ("indoor_rowing"), which is what we store and print.
 */
export function fitName(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length === 0) return fallback;
  return value.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
