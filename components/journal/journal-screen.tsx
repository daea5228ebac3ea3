'use client';

import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { ControlFrame } from '@/components/ui/control-frame';
import { Field } from '@/components/ui/field';
import { useFollowValue } from '@/components/ui/use-follow-value';
import { PageHeader } from '@/components/ui/page-header';
import { journalDayDefaults } from '@/lib/store/journal-schema';
import { today } from '@/lib/store/device-clock';
import { useJournal } from '@/lib/store/use-journal';
import { FuelForm } from './fuel-form';
import { MORNING_FIELDS } from './morning-fields';
import { NumberEntry } from './number-entry';
import { RatingSelect } from './rating-select';

export function JournalScreen() {
  const { days, fuel, ready, setField, addFuel } = useJournal();
  const [date, setDate] = useState<string | null>(null);
  const shownDate = date ?? today();
  const entry = days.get(shownDate) ?? journalDayDefaults;
  const recent = [...days.entries()].reverse().slice(0, 14);
  const noteRef = useFollowValue<HTMLTextAreaElement>(entry.note);

  return (
    <div>
      <PageHeader title="Journal">
        A minute each morning. Log what you know; every field is optional.
      </PageHeader>
      {!ready ? (
        <p role="status">Loading your journal…</p>
      ) : (
        <div className="grid gap-4">
          <Card title="Day">
            <div className="mb-4 max-w-xs">
              <Field
                label="Date"
                type="date"
                value={shownDate}
                max={today()}
                onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
              />
            </div>
            <div key={shownDate} className="grid gap-3 sm:grid-cols-2">
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
                      onChange={(v) => setField(shownDate, field, v)}
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
                    onSave={(v) => setField(shownDate, field, v)}
                  />
                );
              })}
              <ControlFrame
                id="journal-note"
                label="Note"
                className="flex flex-col gap-1 sm:col-span-2"
              >
                <textarea
                  ref={noteRef}
                  id="journal-note"
                  rows={2}
                  defaultValue={entry.note}
                  maxLength={5000}
                  onChange={(e) => setField(shownDate, 'note', e.currentTarget.value)}
                  className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
                />
              </ControlFrame>
            </div>
            <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
              Saved on this device as you type.
            </p>
          </Card>
          <FuelForm date={shownDate} entries={fuel} onAdd={addFuel} />
          <Card title="Recent days">
            {recent.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-300">
                Nothing logged yet — that is fine.
              </p>
            ) : (
              <ul className="text-sm">
                {recent.map(([d, e]) => (
                  <li key={d}>
                    <button
                      type="button"
                      className="text-link underline"
                      onClick={() => setDate(d)}
                    >
                      {d}
                    </button>
                    {e.sleepHours !== null ? ` · sleep ${e.sleepHours} h` : ''}
                    {e.rmssdMs !== null ? ` · HRV ${e.rmssdMs} ms` : ''}
                    {e.restingHrBpm !== null ? ` · resting ${e.restingHrBpm} bpm` : ''}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      )}
    </div>
  );
}
