import { WEEKDAYS } from '@/engine/plan/calendar-date';

export const WEEKDAY_LABELS: Record<(typeof WEEKDAYS)[number], string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const selectClass =
  'rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100';

/** The days the athlete can train, each with at most how many minutes. */
export function DayFields() {
  return (
    <fieldset>
      <legend className="text-sm font-medium">Days you can train (and at most how long)</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {WEEKDAYS.map((day) => (
          <div key={day} className="flex items-center gap-2">
            <input
              id={`day-${day}`}
              name={`day-${day}`}
              type="checkbox"
              defaultChecked={['tue', 'thu', 'sat', 'sun'].includes(day)}
            />
            <label htmlFor={`day-${day}`} className="w-24">
              {WEEKDAY_LABELS[day]}
            </label>
            <input
              aria-label={`${WEEKDAY_LABELS[day]}: at most minutes (leave empty for any)`}
              name={`max-${day}`}
              type="number"
              min={10}
              max={600}
              placeholder="any"
              className={`${selectClass} w-24`}
            />
            <span className="text-xs">min</span>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
