import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import type { Athlete } from '../../engine/activity/athlete.ts';
import { analyzeActivity } from '../../engine/analysis/analyze-activity.ts';
import { importActivity } from '../../engine/formats/import-activity.ts';
import type { LoadMethod } from '../../engine/load/choose-load.ts';
import type { InsightActivity } from '../../engine/insights/insight-inputs.ts';
import { paceAtHeartRate } from '../../engine/insights/pace-at-heart-rate.ts';
import type { DoneActivity } from '../../engine/plan/match-activities.ts';
import { findActivityFiles } from '../activity-files.ts';
import type { CliIo } from '../io.ts';
import { localDate, localHour } from '../../engine/activity/local-date.ts';
import { trainingSport } from '../../engine/activity/sport.ts';
import { progressBar } from '../progress-bar.ts';
import { systemTimeZone } from '../system-time-zone.ts';
import { fitSessionRpe } from './session-rpe.ts';

export type HistoryItem = DoneActivity & InsightActivity & { loadMethod: LoadMethod };

/**
 * Every activity file under `dir`, analyzed into the plain numbers the coaching commands use,
 * with pace at the athlete's reference heart rate and, for FIT files, the session's own RPE.
 * A multisport file gives one item per leg. Files that cannot be read are skipped with one line
 * each on stderr.
 */
export async function readHistory(
  dir: string,
  athlete: Athlete,
  io: CliIo,
  timeZone: string = systemTimeZone(),
): Promise<HistoryItem[]> {
  const files = await findActivityFiles(dir);
  const items: HistoryItem[] = [];
  const progress = progressBar(io, files.length);
  for (const [index, file] of files.entries()) {
    const bytes = await readFile(file);
    const result = importActivity(bytes, { fileName: basename(file), nowMs: Date.now() });
    if (result.ok) {
      for (const activity of result.activities) {
        const s = analyzeActivity(activity, athlete);
        items.push({
          date: localDate(s.startTime, timeZone),
          startHour: localHour(s.startTime, timeZone),
          sport: trainingSport(s.sport),
          durationMin: s.movingS / 60,
          load: s.load.value,
          loadMethod: s.load.method,
          efficiencyFactor: s.efficiencyFactor,
          decouplingPct: s.decouplingPct,
          speedAtReferenceHrMps: paceAtHeartRate(activity, athlete).speedMps,
          rpe: fitSessionRpe(bytes),
        });
      }
    } else {
      io.err(`skipped ${relative(dir, file)}: ${result.error.message}\n`);
    }
    progress.tick(index + 1);
  }
  progress.end();
  return items;
}
