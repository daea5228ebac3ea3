import type { Units } from '@/lib/store/profile-schema';

const field =
  'mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900';

/** The inputs of the by-hand form; their names are what `readManualEntry` reads. */
export function ManualEntryFields({ id, units }: { id: string; units: Units }) {
  return (
    <>
      <div>
        <label htmlFor={`${id}-sport`}>Sport</label>
        <select id={`${id}-sport`} name="sport" className={field} defaultValue="running">
          <option value="running">Running</option>
          <option value="rowing">Rowing</option>
          <option value="cycling">Cycling</option>
          <option value="walking">Walking</option>
        </select>
      </div>
      <label className="block">
        Started
        <input name="start" type="datetime-local" className={field} />
      </label>
      <fieldset className="flex gap-2">
        <legend>Duration</legend>
        <label className="block flex-1">
          <span className="text-sm">minutes</span>
          <input name="minutes" type="number" min="0" inputMode="numeric" className={field} />
        </label>
        <label className="block flex-1">
          <span className="text-sm">seconds</span>
          <input
            name="seconds"
            type="number"
            min="0"
            max="59"
            inputMode="numeric"
            className={field}
          />
        </label>
      </fieldset>
      <label className="block">
        Distance ({units === 'imperial' ? 'mi' : 'km'})
        <input
          name="distance"
          type="number"
          min="0"
          step="0.01"
          inputMode="decimal"
          className={field}
        />
      </label>
      <label className="block">
        Average heart rate (bpm)
        <input
          name="avgHr"
          type="number"
          min="30"
          max="240"
          inputMode="numeric"
          className={field}
        />
      </label>
      <label className="block">
        Effort, 1 (very easy) to 10 (all out)
        <input name="rpe" type="number" min="1" max="10" inputMode="numeric" className={field} />
      </label>
      <label className="block sm:col-span-2">
        Notes
        <textarea name="notes" rows={3} className={field} />
      </label>
    </>
  );
}
