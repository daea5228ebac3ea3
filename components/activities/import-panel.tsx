'use client';

import { startTransition, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { importFiles, type FileOutcome } from '@/lib/activities/import-files';
import { useAthleteId } from '@/lib/store/current-athlete';
import { useProfile } from '@/lib/store/use-profile';

type Progress = { total: number; done: number; outcomes: FileOutcome[] };

const tone: Record<FileOutcome['status'], string> = {
  imported: 'text-emerald-800 dark:text-emerald-300',
  duplicate: 'text-slate-600 dark:text-slate-300',
  failed: 'text-red-800 dark:text-red-300',
};

export function ImportPanel() {
  const inputId = useId();
  const athleteId = useAthleteId();
  const { profile, ready } = useProfile();
  const [progress, setProgress] = useState<Progress | null>(null);
  // Files chosen while the profile is still loading wait for it: they are read with its settings.
  const waiting = useRef<File[] | null>(null);
  const [chosen, setChosen] = useState(0);
  const busy = progress !== null && progress.done < progress.total;

  useEffect(() => {
    const files = waiting.current;
    if (!files || !athleteId || !ready) return;
    waiting.current = null;
    void importFiles(athleteId, profile, files, (outcome, done) =>
      startTransition(() =>
        setProgress((p) => (p ? { ...p, done, outcomes: [...p.outcomes, outcome] } : p)),
      ),
    );
  }, [chosen, athleteId, ready, profile]);

  const onFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    waiting.current = [...list];
    setProgress({ total: list.length, done: 0, outcomes: [] });
    setChosen((n) => n + 1);
  };

  const failed = progress?.outcomes.filter((o) => o.status === 'failed').length ?? 0;
  const imported = progress?.outcomes.filter((o) => o.status === 'imported').length ?? 0;

  return (
    <Card title="Import activities">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        FIT files from Garmin, Coros, Wahoo or Concept2, and GPX or TCX exports. Files are read on
        this device; nothing is uploaded unless you sign in to sync.
      </p>
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium">
        Choose files
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".fit,.gpx,.tcx,.FIT,.GPX,.TCX"
        disabled={busy}
        onChange={(e) => {
          onFiles(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
        className="block text-sm"
      />
      {progress ? (
        <div className="mt-3">
          <progress
            className="w-full"
            max={progress.total}
            value={progress.done}
            aria-label="Import progress"
          />
          <p role="status" aria-live="polite" className="text-sm" data-testid="import-status">
            {busy
              ? `Importing ${progress.done} of ${progress.total}…`
              : `Done: ${imported} imported${failed > 0 ? `, ${failed} could not be read` : ''}.`}
          </p>
          <ul className="mt-2 max-h-48 space-y-1 overflow-y-auto text-sm">
            {progress.outcomes
              .filter((o) => o.status !== 'imported' || progress.total <= 10)
              .map((o, i) => (
                <li key={`${o.fileName}-${i}`} className={tone[o.status]}>
                  {o.message}
                </li>
              ))}
          </ul>
          {!busy ? (
            <Button variant="secondary" className="mt-2" onClick={() => setProgress(null)}>
              Clear results
            </Button>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
