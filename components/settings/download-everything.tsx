'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { downloadArchive } from '@/lib/data/download-archive';
import { formatBytes } from '@/lib/format/units';
import { useAthleteId } from '@/lib/store/current-athlete';
import { WorkProgress } from './work-progress';

type Progress = { done: number; total: number };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Download everything": one zip of every document, original file and a manifest. */
export function DownloadEverything() {
  const athleteId = useAthleteId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    if (!athleteId) return;
    setDone(null);
    setError(null);
    setProgress({ done: 0, total: 0 });
    try {
      const { fileName, counts, bytes } = await downloadArchive(athleteId, setProgress);
      setDone(
        `Saved “${fileName}” (${formatBytes(bytes)}): ${plural(counts.activities, 'activity', 'activities')}, ` +
          `${plural(counts.plans, 'plan', 'plans')} and ${plural(counts.journalDays, 'journal day', 'journal days')}.`,
      );
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      setError(
        `The archive could not be made (${detail}). Nothing on this device changed; try again.`,
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <div>
      <h3 className="font-medium">Download everything</h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        One .zip with all your activities in their original files, your plans, journal and settings
        (readable JSON, plus a copy Splits can bring back exactly).
      </p>
      <Button
        className="mt-2"
        disabled={!athleteId || progress !== null}
        onClick={() => void start()}
      >
        {progress ? 'Packing…' : 'Download everything'}
      </Button>
      {progress ? (
        <WorkProgress label="Packing progress" verb="Packing your data" {...progress} />
      ) : null}
      <p role="status" aria-live="polite" className="mt-2 text-sm" data-testid="archive-status">
        {done}
      </p>
      <FormError error={error} />
    </div>
  );
}
