'use client';

import { sportName } from './activity-names';
import { monthName } from './month-name';

const selectClass =
  'rounded-lg border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950';

/**
 * Above the activity list: narrow it to one sport, jump to a month, and how many it holds.
 */
export function ListFilters({
  sports,
  sport,
  onSport,
  months,
  onMonth,
  count,
}: {
  sports: string[];
  sport: string | null;
  onSport: (sport: string | null) => void;
  /** Each month's key and the index of its heading in the list. */
  months: { key: string; index: number }[];
  onMonth: (index: number) => void;
  count: number;
}) {
  return (
    <div className="mb-3 flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="font-medium">Sport</span>
        <select
          value={sport ?? ''}
          onChange={(e) => onSport(e.currentTarget.value === '' ? null : e.currentTarget.value)}
          className={selectClass}
        >
          <option value="">All sports</option>
          {sports.map((s) => (
            <option key={s} value={s}>
              {sportName(s)}
            </option>
          ))}
        </select>
      </label>
      {months.length > 1 ? (
        <label className="flex flex-col gap-1">
          <span className="font-medium">Go to month</span>
          <select
            value=""
            onChange={(e) => {
              const index = Number(e.currentTarget.value);
              if (Number.isFinite(index)) onMonth(index);
            }}
            className={selectClass}
          >
            <option value="">Choose…</option>
            {months.map((m) => (
              <option key={m.key} value={m.index}>
                {monthName(m.key)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <p className="text-slate-600 dark:text-slate-300" data-testid="activity-count">
        {count.toLocaleString()} {count === 1 ? 'activity' : 'activities'}
        {sport ? ` (${sportName(sport).toLowerCase()})` : ''}. Arrow keys move through the list.
      </p>
    </div>
  );
}
