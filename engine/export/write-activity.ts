import type { Activity } from '../activity/types.ts';
import type { ExportFormat, ExportResult } from './export-format.ts';
import { writeFitActivity } from './write-fit.ts';
import { writeGpxActivity } from './write-gpx.ts';
import { writeTcxActivity } from './write-tcx.ts';

/** The activity written from its streams in the chosen format; `title` names a GPX track. */
export function writeActivity(
  activity: Activity,
  format: ExportFormat,
  title: string,
): ExportResult {
  if (format === 'fit') return writeFitActivity(activity);
  if (format === 'gpx') return writeGpxActivity(activity, title);
  return writeTcxActivity(activity);
}
