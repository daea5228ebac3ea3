// Seeded data sets for the app benchmark, written by the project's own synthetic writers: the
// same files on every run, so two runs measure the same work.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticActivity } from '../../engine/formats/test-support/synthetic-activity.ts';
import { writeFit } from '../../engine/formats/test-support/write-fit.ts';
import { writeGpx } from '../../engine/formats/test-support/write-gpx.ts';
import { writeTcx } from '../../engine/formats/test-support/write-tcx.ts';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.parse('2016-12-01T06:30:00Z');

/** `count` one-hour 1 Hz runs as GPX (even days) and TCX (odd days), one a day. */
export function hourLongFiles(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const activity = syntheticActivity({
      durationS: 3600,
      start: new Date(FIRST_DAY + i * DAY_MS),
      lapEveryS: 600,
    });
    const path = join(dir, `run-${String(i).padStart(3, '0')}.${i % 2 === 0 ? 'gpx' : 'tcx'}`);
    writeFileSync(path, i % 2 === 0 ? writeGpx(activity) : writeTcx(activity));
    files.push(path);
  }
  return files;
}

/**
 * Ten years of daily sessions (3,650) as small FIT files: 20-minute sessions, runs and rows
 * alternating, so the list and the fitness series hold a decade of days.
 */
export function tenYearFiles(dir: string, days = 3650): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < days; i++) {
    const activity = syntheticActivity({
      sport: i % 3 === 2 ? 'rowing' : 'running',
      durationS: 1200,
      start: new Date(FIRST_DAY + i * DAY_MS),
      lapEveryS: 600,
    });
    const path = join(dir, `day-${String(i).padStart(4, '0')}.fit`);
    writeFileSync(path, writeFit(activity));
    files.push(path);
  }
  return files;
}
