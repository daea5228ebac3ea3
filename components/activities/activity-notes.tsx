'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { ActivitiesEditor, ActivityEntry } from '@/lib/store/activities-doc';

/** How it felt: effort (RPE 1–10) and notes. These stay editable; the recorded numbers do not. */
export function ActivityNotes({
  activity,
  editor,
}: {
  activity: ActivityEntry;
  editor: ActivitiesEditor;
}) {
  const [notes, setNotes] = useState(activity.notes);
  const [saved, setSaved] = useState(false);
  return (
    <div className="grid gap-3">
      <Field
        label="Effort (RPE, 1 = very easy, 10 = all out)"
        type="number"
        min={1}
        max={10}
        defaultValue={activity.rpe ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.valueAsNumber;
          if (Number.isInteger(value) && value >= 1 && value <= 10) {
            editor.setSubjective(activity.id, 'rpe', value);
          }
        }}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="activity-notes" className="text-sm font-medium">
          Notes
        </label>
        <textarea
          id="activity-notes"
          rows={3}
          value={notes}
          onChange={(e) => {
            setNotes(e.currentTarget.value);
            setSaved(false);
          }}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
        />
      </div>
      <div className="flex items-center gap-3">
        <Button
          onClick={() => {
            editor.setSubjective(activity.id, 'notes', notes);
            setSaved(true);
          }}
        >
          Save notes
        </Button>
        <span role="status" className="text-sm">
          {saved ? 'Saved on this device.' : ''}
        </span>
      </div>
    </div>
  );
}
