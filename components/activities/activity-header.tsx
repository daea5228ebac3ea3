'use client';

import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { formatStartTime } from '@/lib/format/dates';
import type { ActivitiesEditor, ActivityEntry } from '@/lib/store/activities-doc';
import { useAthleteId } from '@/lib/store/current-athlete';
import { activityTitle, SPORT_CHOICES, sportName } from './activity-names';
import { deleteWithUndo } from './pending-deletion';

/**
 * The activity's name, sport, time and origin, with what the athlete can do to it: rename it,
 * correct its sport (its load follows), delete it (undoable for a while). `actions` holds further
 * controls beside Edit and Delete (downloading the original file).
 */
export function ActivityHeader({
  entry,
  editor,
  actions,
}: {
  entry: ActivityEntry;
  editor: ActivitiesEditor;
  actions?: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const router = useRouter();
  const athleteId = useAthleteId();
  const title = activityTitle(entry);
  const origin = entry.fileName
    ? `from ${entry.fileName}`
    : entry.source === 'manual'
      ? 'entered by hand'
      : 'recorded in Splits';
  return (
    <header className="mb-6">
      <h1 className="text-3xl font-semibold tracking-tight break-words">{title}</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-300">
        {sportName(entry.sport)} · {formatStartTime(entry.startTime)} · {origin}
        {entry.device ? ` (${entry.device})` : ''}
        {entry.sport !== entry.recordedSport
          ? ` · recorded as ${sportName(entry.recordedSport).toLowerCase()}`
          : ''}
      </p>
      {editing ? (
        <EditActivityForm entry={entry} editor={editor} onDone={() => setEditing(false)} />
      ) : (
        <div className="mt-3 flex flex-wrap gap-2" data-testid="activity-actions">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit name or sport
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              if (!athleteId) return;
              deleteWithUndo(editor, athleteId, { id: entry.id, title });
              router.push('/activities/');
            }}
          >
            Delete
          </Button>
          {actions}
        </div>
      )}
    </header>
  );
}

function EditActivityForm({
  entry,
  editor,
  onDone,
}: {
  entry: ActivityEntry;
  editor: ActivitiesEditor;
  onDone: () => void;
}) {
  const [title, setTitle] = useState(entry.title ?? '');
  const [sport, setSport] = useState(entry.sport);
  const choices = SPORT_CHOICES.some((c) => c.value === entry.recordedSport)
    ? SPORT_CHOICES
    : [...SPORT_CHOICES, { value: entry.recordedSport, label: sportName(entry.recordedSport) }];
  return (
    <form
      className="mt-3 grid gap-3 rounded-xl border border-slate-200 p-3 sm:grid-cols-2 dark:border-slate-800"
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = title.trim();
        // Clearing the name goes back to the file's own name (or the sport).
        editor.setSubjective(
          entry.id,
          'title',
          trimmed === '' || trimmed === entry.name ? null : trimmed,
        );
        editor.setSubjective(entry.id, 'sport', sport === entry.recordedSport ? null : sport);
        onDone();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <Field
        label="Name"
        value={title}
        maxLength={200}
        placeholder={entry.name ?? sportName(entry.sport)}
        hint={entry.name ? `The file calls it “${entry.name}”.` : undefined}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="activity-sport" className="text-sm font-medium">
          Sport
        </label>
        <select
          id="activity-sport"
          value={sport}
          onChange={(e) => setSport(e.currentTarget.value)}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Its load is worked out again for the sport.
        </p>
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit">Save</Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
