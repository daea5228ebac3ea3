/**
 * Where a finished recording is summarised: by the same function as an imported file
 * (`lib/worker/summarize-activity`), run wherever the summariser says — in the app the engine
 * worker, so analysis never holds up the main thread; in Node tests, this thread.
 */
import type { AthleteInput } from '../../../engine/activity/athlete';
import type { Activity } from '../../../engine/activity/types';
import { summarizeActivity, type SummaryResult } from '../../worker/summarize-activity';

export type ActivitySummariser = (
  activity: Activity,
  id: string,
  fileName: string | null,
  athleteInput: AthleteInput,
) => Promise<SummaryResult>;

export const summarizeInThisThread: ActivitySummariser = (activity, id, fileName, athleteInput) =>
  Promise.resolve(summarizeActivity(activity, id, fileName, athleteInput));
