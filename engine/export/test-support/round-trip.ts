import { expect } from 'vitest';
import type { Activity, ActivityStreams, StreamName } from '../../activity/types.ts';
import { importActivity } from '../../formats/import-activity.ts';
import {
  syntheticActivity,
  type SyntheticOptions,
} from '../../formats/test-support/synthetic-activity.ts';
import { writeFit } from '../../formats/test-support/write-fit.ts';
import type { ExportResult } from '../export-format.ts';

/** An activity as the app holds it: a synthetic recording written as FIT and imported. */
export function importedSynthetic(options: SyntheticOptions = {}): Activity {
  return reimport({ ok: true, bytes: writeFit(syntheticActivity(options)) }, 'synthetic.fit');
}

/** Reads a writer's output back through the app's own importer. */
export function reimport(result: ExportResult, fileName: string): Activity {
  if (!result.ok) throw new Error(result.error.message);
  const imported = importActivity(result.bytes, { fileName, nowMs: Date.now() });
  if (!imported.ok) throw new Error(imported.error.message);
  return imported.activities[0]!;
}

export type Tolerances = Partial<Record<StreamName, number>>;

/**
 * Every stream of `actual` equals `expected` sample by sample within its tolerance: a missing value
 * stays missing, and a stream without a tolerance is not compared (a format that cannot hold it).
 */
export function expectSameStreams(
  actual: ActivityStreams,
  expected: ActivityStreams,
  tolerances: Tolerances,
): void {
  expect(actual.timeS.length).toBe(expected.timeS.length);
  for (const [name, tolerance] of Object.entries(tolerances) as [StreamName, number][]) {
    let worst = 0;
    for (let i = 0; i < expected.timeS.length; i++) {
      const a = actual[name][i]!;
      const e = expected[name][i]!;
      if (Number.isNaN(e)) {
        expect(a, `${name}[${i}] stays missing`).toBeNaN();
        continue;
      }
      worst = Math.max(worst, Math.abs(a - e));
    }
    expect(worst, `${name}: largest difference`).toBeLessThanOrEqual(tolerance);
  }
}
