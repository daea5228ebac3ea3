'use client';

import { ControlFrame } from '@/components/ui/control-frame';
import { useFollowValue } from '@/components/ui/use-follow-value';
import type { JournalDay, JournalDayField } from '@/lib/store/journal-schema';
import { MORNING_FIELDS } from './morning-fields';
import { NumberEntry } from './number-entry';
import { RatingSelect } from './rating-select';

/** One morning's fields, each saved as the athlete enters it. */
export function MorningCheckIn({
  entry,
  onField,
}: {
  entry: JournalDay;
  onField: <K extends JournalDayField>(field: K, value: JournalDay[K]) => void;
}) {
  const noteRef = useFollowValue<HTMLTextAreaElement>(entry.note);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {MORNING_FIELDS.map((morning) => {
        if (morning.kind === 'rating') {
          const { field, label, hint, options } = morning;
          return (
            <RatingSelect
              key={field}
              label={label}
              options={options}
              hint={hint}
              value={entry[field]}
              onChange={(v) => onField(field, v)}
            />
          );
        }
        const { field, label, min, max, step, whole, hint } = morning;
        return (
          <NumberEntry
            key={field}
            label={label}
            hint={hint}
            min={min}
            max={max}
            step={step}
            whole={whole}
            value={entry[field]}
            onSave={(v) => onField(field, v)}
          />
        );
      })}
      <ControlFrame id="journal-note" label="Note" className="flex flex-col gap-1 sm:col-span-2">
        <textarea
          ref={noteRef}
          id="journal-note"
          rows={2}
          defaultValue={entry.note}
          maxLength={5000}
          onChange={(e) => onField('note', e.currentTarget.value)}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
        />
      </ControlFrame>
    </div>
  );
}
