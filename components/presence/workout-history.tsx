import { formatStartTime } from '@/lib/format/dates';
import type { HistoryLine } from '@/lib/store/plan-history';

const fieldNames: Record<string, string> = {
  date: 'date',
  type: 'type',
  title: 'title',
  description: 'description',
  durationMin: 'duration',
  steps: 'steps',
  status: 'status',
  notes: 'notes',
};

function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (field === 'durationMin' && typeof value === 'number') return `${value} min`;
  if (field === 'steps' && Array.isArray(value)) return `${value.length} steps`;
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
}

/** "You", "Coach Kim (your coach)" for the athlete, the athlete's name for their coach. */
function authorName(line: HistoryLine, readerId: string, ownerId: string): string {
  if (line.authorId === readerId) return 'You';
  if (readerId === ownerId)
    return line.authorName ? `${line.authorName} (your coach)` : 'Your coach';
  return line.authorName || 'Someone';
}

/**
 * A workout's change history, newest first: who changed what, from what, to what. A value that
 * another edit replaced is marked, so an offline clash shows both sides' choices.
 */
export function WorkoutHistory({
  lines,
  readerId,
  ownerId,
}: {
  lines: HistoryLine[];
  readerId: string;
  ownerId: string;
}) {
  if (lines.length === 0) return <p className="text-sm">No changes yet.</p>;
  return (
    <ol className="flex flex-col gap-1 text-sm" aria-label="Change history">
      {[...lines].reverse().map((line) => (
        <li key={line.id} data-testid="history-line">
          <span className="font-medium">{authorName(line, readerId, ownerId)}</span> changed{' '}
          {fieldNames[line.field] ?? line.field} from {valueText(line.field, line.from)} to{' '}
          {valueText(line.field, line.to)}{' '}
          <time dateTime={line.at} className="text-slate-500 dark:text-slate-400">
            {formatStartTime(line.at)}
          </time>
          {line.replaced ? (
            <span className="ml-1 text-slate-600 dark:text-slate-300">
              (not kept: another change to the same field won)
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
