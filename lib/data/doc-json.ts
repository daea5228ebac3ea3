import type * as Y from 'yjs';
import { readActivities } from '@/lib/store/activities-doc';
import { readActivityBeats, readActivityStreams, readOriginalFile } from '@/lib/store/activity-doc';
import { readAllComments } from '@/lib/store/comments-doc';
import type { DocKind } from '@/lib/store/doc-names';
import { readFuelEntries, readJournalDays } from '@/lib/store/journal-doc';
import { readPlan } from '@/lib/store/plan-doc';
import { readPlanList, readProfile } from '@/lib/store/profile-doc';

type Columns = Record<string, ArrayLike<number>>;

/** Typed-array columns as plain arrays; JSON writes a missing value (NaN) as null. */
function plainColumns(columns: Columns): Record<string, number[]> {
  return Object.fromEntries(
    Object.entries(columns).map(([name, values]) => [name, Array.from(values)]),
  );
}

function activityJson(doc: Y.Doc) {
  const streams = readActivityStreams(doc);
  const beats = readActivityBeats(doc);
  const original = readOriginalFile(doc);
  return {
    streams: streams ? plainColumns(streams) : null,
    strokes: plainColumns(beats.strokes),
    rr: plainColumns(beats.rr),
    originalFile: original
      ? {
          fileName: original.fileName,
          format: original.format,
          gzipBytes: original.gzip.byteLength,
        }
      : null,
  };
}

/**
 * A document as people and other tools read it: what the app's own typed readers see (defaults
 * filled in, units in the field names). The `.yjs` beside it is the lossless copy.
 */
export function docToJson(kind: DocKind, doc: Y.Doc): unknown {
  switch (kind) {
    case 'profile':
      return { profile: readProfile(doc), plans: readPlanList(doc) };
    case 'journal':
      return { days: Object.fromEntries(readJournalDays(doc)), fuel: readFuelEntries(doc) };
    case 'activities':
      return { activities: readActivities(doc) };
    case 'plan':
      return readPlan(doc);
    case 'activity':
      return activityJson(doc);
    case 'comments':
      return { comments: readAllComments(doc) };
  }
}
