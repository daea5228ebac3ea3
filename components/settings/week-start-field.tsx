'use client';

import type { Weekday } from '@/engine/plan/calendar-date';
import { useProfile } from '@/lib/store/use-profile';

/** The plan's calendar starts its weeks here. */
const WEEK_STARTS: [Weekday, string][] = [
  ['mon', 'Monday'],
  ['sun', 'Sunday'],
  ['sat', 'Saturday'],
];

export function WeekStartField() {
  const { profile, setField } = useProfile();
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      Weeks start on
      <select
        value={profile.weekStartsOn}
        onChange={(e) => setField('weekStartsOn', e.currentTarget.value as Weekday)}
        className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      >
        {WEEK_STARTS.map(([day, label]) => (
          <option key={day} value={day}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
