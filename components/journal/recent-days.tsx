import { Card } from '@/components/ui/card';
import { formatDay } from '@/lib/format/dates';
import type { JournalDay } from '@/lib/store/journal-schema';

/** The last two weeks logged, each a way back to that day. */
export function RecentDays({
  days,
  onOpen,
}: {
  days: [string, JournalDay][];
  onOpen: (date: string) => void;
}) {
  return (
    <Card title="Recent days">
      {days.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Nothing logged yet — that is fine.
        </p>
      ) : (
        <ul className="text-sm">
          {days.map(([date, e]) => (
            <li key={date}>
              <button type="button" className="text-link underline" onClick={() => onOpen(date)}>
                {formatDay(date)}
              </button>
              {e.sleepHours !== null ? ` · sleep ${e.sleepHours} h` : ''}
              {e.rmssdMs !== null ? ` · HRV ${e.rmssdMs} ms` : ''}
              {e.restingHrBpm !== null ? ` · resting ${e.restingHrBpm} bpm` : ''}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
