'use client';

import { useState } from 'react';
import { exportFormats, type ExportFormat } from '@/engine/export/export-format';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { exportActivity } from '@/lib/data/export-activity';
import type { ActivitySummary } from '@/lib/store/activity-summary-schema';
import { useAthleteId } from '@/lib/store/current-athlete';

const labels: Record<ExportFormat, string> = { fit: 'FIT', gpx: 'GPX', tcx: 'TCX' };

/** "Export": the activity as a FIT, GPX or TCX file (the original when it came in that format). */
export function ExportActivity({ activity }: { activity: ActivitySummary }) {
  const athleteId = useAthleteId();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: ExportFormat) => {
    if (!athleteId) return;
    setBusy(format);
    setDone(null);
    setError(null);
    try {
      const outcome = await exportActivity(athleteId, activity, format);
      if (outcome.ok) {
        setDone(
          `Downloaded “${outcome.fileName}”${outcome.fromOriginal ? ' (your original file)' : ''}.`,
        );
      } else {
        setError(outcome.message);
      }
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      setError(`The file could not be made (${detail}). Your activity is unchanged.`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="-mt-3 mb-4">
      <div
        role="group"
        aria-label="Export this activity"
        className="flex flex-wrap items-center gap-2"
      >
        <span className="text-sm font-medium" aria-hidden="true">
          Export
        </span>
        {exportFormats.map((format) => (
          <Button
            key={format}
            variant="secondary"
            disabled={busy !== null || !athleteId}
            aria-label={`Export as ${labels[format]}`}
            onClick={() => void run(format)}
          >
            {busy === format ? 'Preparing…' : labels[format]}
          </Button>
        ))}
      </div>
      <p role="status" aria-live="polite" className="mt-2 text-sm">
        {done}
      </p>
      <FormError error={error} />
    </div>
  );
}
