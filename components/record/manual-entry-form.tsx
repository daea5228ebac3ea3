'use client';

import { useId, useState, type FormEvent } from 'react';
import { manualEntrySchema, type ManualEntry } from '@/lib/devices/finish/manual-entry';
import { primaryButton } from '../devices/button-classes';
import type { Units } from './format-live';

const METERS_PER_MILE = 1609.344;

type Props = { units: Units; onSave: (entry: ManualEntry) => Promise<void> };

const field =
  'mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900';

const numberOrNull = (text: FormDataEntryValue | null): number | null => {
  const t = String(text ?? '').trim();
  return t === '' ? null : Number(t);
};

/** Record a session by hand: sport, start, duration, distance, average heart rate, effort, notes. */
export function ManualEntryForm({ units, onSave }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const minutes = numberOrNull(data.get('minutes')) ?? 0;
    const seconds = numberOrNull(data.get('seconds')) ?? 0;
    const distance = numberOrNull(data.get('distance'));
    const started = String(data.get('start') ?? '');
    const parsed = manualEntrySchema.safeParse({
      sport: data.get('sport'),
      startTime: started ? new Date(started).toISOString() : new Date().toISOString(),
      durationS: minutes * 60 + seconds,
      distanceM:
        distance === null ? null : distance * (units === 'imperial' ? METERS_PER_MILE : 1000),
      avgHr: numberOrNull(data.get('avgHr')),
      rpe: numberOrNull(data.get('rpe')),
      notes: String(data.get('notes') ?? ''),
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Please check the entry.');
      return;
    }
    setError(null);
    setSaving(true);
    try {
      await onSave(parsed.data);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-lg font-semibold sm:col-span-2">
        Enter a session by hand
      </h3>
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
      {error && (
        <p role="alert" className="text-red-700 sm:col-span-2 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="sm:col-span-2">
        <button type="submit" className={primaryButton} disabled={saving}>
          {saving ? 'Saving…' : 'Save session'}
        </button>
      </div>
    </form>
  );
}
