// Loads the public device vectors (../shared/fixtures/ble/public-vectors.json): real captures and
// published test frames with their sources. Tests assert our own field names against them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bytesFromHex } from '../hex.ts';
import { viewOf } from '../bytes.ts';

type Vector = { id: string; characteristic: string; hex: string; decoded: Record<string, unknown> };

// A copy of ../shared/fixtures/ble/public-vectors.json, kept in the repository so the tests run anywhere.
const path = fileURLToPath(new URL('./public-vectors.json', import.meta.url));
const vectors = (JSON.parse(readFileSync(path, 'utf8')) as { vectors: Vector[] }).vectors;

export function publicVector(id: string): Vector & { bytes: Uint8Array; view: DataView } {
  const found = vectors.find((v) => v.id === id);
  if (!found) throw new Error(`No public vector "${id}" in ${path}`);
  const bytes = bytesFromHex(found.hex);
  return { ...found, bytes, view: viewOf(bytes) };
}

export function viewFromHex(hex: string): DataView {
  return viewOf(bytesFromHex(hex));
}
