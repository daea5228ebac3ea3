'use client';

import { useId, useState, type FormEvent } from 'react';
import { manualEntrySchema, type ManualEntry } from '@/lib/devices/finish/manual-entry';
import { METERS_PER_MILE } from '@/engine/units/pace';
import type { Units } from '@/lib/store/profile-schema';
import { Button } from '../ui/button';
import { ManualEntryFields } from './manual-entry-fields';

type Props = { units: Units; onSave: (entry: ManualEntry) => Promise<void> };

const numberOrNull = (text: FormDataEntryValue | null): number | null => {
  const t = String(text ?? '').trim();
  return t === '' ? null : Number(t);
};

/** The form's values as a checked entry; distance in the athlete's units, start now if unset. */
function readManualEntry(data: FormData, units: Units) {
  const minutes = numberOrNull(data.get('minutes')) ?? 0;
  const seconds = numberOrNull(data.get('seconds')) ?? 0;
  const distance = numberOrNull(data.get('distance'));
  const started = String(data.get('start') ?? '');
  return manualEntrySchema.safeParse({
    sport: data.get('sport'),
    startTime: started ? new Date(started).toISOString() : new Date().toISOString(),
    durationS: minutes * 60 + seconds,
    distanceM:
      distance === null ? null : distance * (units === 'imperial' ? METERS_PER_MILE : 1000),
    avgHr: numberOrNull(data.get('avgHr')),
    rpe: numberOrNull(data.get('rpe')),
    notes: String(data.get('notes') ?? ''),
  });
}

/** Record a session by hand: sport, start, duration, distance, average heart rate, effort, notes. */
export function ManualEntryForm({ units, onSave }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = readManualEntry(new FormData(event.currentTarget), units);
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
      <ManualEntryFields id={id} units={units} />
      {error && (
        <p role="alert" className="text-red-700 sm:col-span-2 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="sm:col-span-2">
        <Button type="submit" size="touch" disabled={saving}>
          {saving ? 'Saving…' : 'Save session'}
        </Button>
      </div>
    </form>
  );
}
