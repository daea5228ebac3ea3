'use client';

import { useId, useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { restoreMessage } from '@/lib/data/data-messages';
import { restoreFromFile } from '@/lib/data/restore-from-file';
import { useAthleteId } from '@/lib/store/current-athlete';
import { WorkProgress } from './work-progress';

type Progress = { done: number; total: number };

/** "Bring back an archive": merges a Splits archive into what is on this device. */
export function BringBackArchive() {
  const inputId = useId();
  const athleteId = useAthleteId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const restore = async (file: File) => {
    if (!athleteId) return;
    setDone(null);
    setError(null);
    setProgress({ done: 0, total: 0 });
    try {
      const outcome = await restoreFromFile(athleteId, file, setProgress);
      if (outcome.ok) setDone(restoreMessage(outcome.summary));
      else setError(outcome.message);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      setError(
        `“${file.name}” could not be brought back (${detail}). What was brought back so far is kept; choosing the archive again finishes the job.`,
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <div>
      <h3 className="font-medium">Bring back an archive</h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Adds what is in a Splits archive to this device. Nothing here is replaced or removed, and
        bringing back the same archive twice changes nothing.
      </p>
      <label htmlFor={inputId} className="mt-2 mb-1 block text-sm font-medium">
        Choose a Splits archive (.zip)
      </label>
      <input
        id={inputId}
        type="file"
        accept=".zip,application/zip"
        disabled={!athleteId || progress !== null}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void restore(file);
        }}
        className="block text-sm"
      />
      {progress ? (
        <WorkProgress label="Restore progress" verb="Bringing back your data" {...progress} />
      ) : null}
      <p role="status" aria-live="polite" className="mt-2 text-sm" data-testid="restore-status">
        {done}
      </p>
      <FormError error={error} />
    </div>
  );
}
