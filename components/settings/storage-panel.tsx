'use client';

import { useEffect, useState } from 'react';
import { Card } from '@/components/ui/card';
import { formatBytes } from '@/lib/format/units';
import { estimateStorage, type StorageEstimate } from '@/lib/store/storage-estimate';

export function StoragePanel() {
  const [estimate, setEstimate] = useState<StorageEstimate | null | 'unknown'>(null);
  useEffect(() => {
    let active = true;
    estimateStorage().then(
      (value) => active && setEstimate(value ?? 'unknown'),
      (error: unknown) => {
        console.warn('Storage estimate unavailable', error);
        if (active) setEstimate('unknown');
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return (
    <Card title="Storage on this device">
      {estimate === null ? (
        <p role="status">Checking…</p>
      ) : estimate === 'unknown' ? (
        <p className="text-sm">This browser does not say how much space is available.</p>
      ) : (
        <div className="text-sm">
          <p data-testid="storage-usage">
            Using {formatBytes(estimate.usedBytes)} of {formatBytes(estimate.quotaBytes)} available
            to Splits.
          </p>
          <meter
            className="mt-2 w-full"
            min={0}
            max={estimate.quotaBytes || 1}
            value={estimate.usedBytes}
            aria-label="Storage used"
          />
          <p className="mt-2">
            {estimate.persisted
              ? 'Your browser keeps this data even when space runs low.'
              : 'Your browser may clear this data if space runs very low. Installing Splits or signing in to back up keeps it safe.'}
          </p>
        </div>
      )}
    </Card>
  );
}
