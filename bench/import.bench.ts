import { importActivity } from '../engine/formats/import-activity.ts';
import { referenceGpx } from '../engine/formats/test-support/reference-xml/reference-gpx.ts';
import { referenceTcx } from '../engine/formats/test-support/reference-xml/reference-tcx.ts';
import { syntheticActivity } from '../engine/formats/test-support/synthetic-activity.ts';
import { writeGpx } from '../engine/formats/test-support/write-gpx.ts';
import { writeTcx } from '../engine/formats/test-support/write-tcx.ts';
import { report } from './measure.ts';

// Issue 13: 300 one-hour GPX/TCX files in ≤ 6 s. Reference: the fast-xml-parser importer this
// replaced (validate + parse into a tree + read), run on the same bytes in the same process.
// The subject is the whole import (streaming read, repairs, pauses), from bytes.
const NOW_MS = Date.UTC(2027, 0, 1);
const ROUNDS = 7;

function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function compare(label: string, files: Uint8Array[], reference: (text: string) => unknown): void {
  const streaming = () => {
    for (const bytes of files) {
      const result = importActivity(bytes, { nowMs: NOW_MS });
      if (!result.ok) throw new Error(result.error.message);
    }
  };
  const old = () => {
    for (const bytes of files) reference(new TextDecoder().decode(bytes));
  };
  streaming();
  old();
  const ratios: number[] = [];
  const newMs: number[] = [];
  const oldMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const a = cpuMs(old);
    const b = cpuMs(streaming);
    ratios.push(b / a);
    oldMs.push(a / files.length);
    newMs.push(b / files.length);
  }
  const perFile = median(newMs);
  report(
    `${label}: streaming import vs fast-xml-parser importer`,
    median(ratios),
    `${perFile.toFixed(2)} CPU ms per file (300 files: ${((300 * perFile) / 1000).toFixed(2)} s), ` +
      `old importer ${median(oldMs).toFixed(2)} ms per file; ${(files[0]!.length / 1e6).toFixed(2)} MB a file; ` +
      `median of ${ROUNDS} interleaved rounds; goal 300 files ≤ 6 s in Chromium on 2 cores`,
  );
}

export default async function bench(): Promise<void> {
  const hours = Array.from({ length: 10 }, (_, i) =>
    syntheticActivity({ durationS: 3600, start: new Date(Date.UTC(2026, 0, 1 + i, 7)) }),
  );
  const encode = (text: string) => new TextEncoder().encode(text);
  compare(
    'one-hour GPX runs (10 files)',
    hours.map((a) => encode(writeGpx(a))),
    referenceGpx,
  );
  compare(
    'one-hour TCX runs (10 files)',
    hours.map((a) => encode(writeTcx(a))),
    referenceTcx,
  );
}
