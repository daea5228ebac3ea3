'use client';

import { useSyncStatus, type SyncStatus } from '@/lib/sync/sync-status';

const copy: Record<SyncStatus, { label: string; detail: string; tone: string }> = {
  local: {
    label: 'On this device',
    detail: 'Everything is saved on this device. Sign in under Account to back it up.',
    tone: 'bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
  },
  offline: {
    label: 'Offline — your changes are kept on this device',
    detail: 'They will sync when the connection is back.',
    tone: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  },
  syncing: {
    label: 'Syncing',
    detail: 'Connected: sending your latest changes to the sync server.',
    tone: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  },
  'backed-up': {
    label: 'Backed up',
    detail: 'The sync server has every change made on this device.',
    tone: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  },
  denied: {
    label: 'Sync paused',
    detail: 'The sync server did not accept this session. Sign in again under Account.',
    tone: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
  },
};

export function SyncBadge() {
  const status = useSyncStatus();
  const { label, detail, tone } = copy[status];
  return (
    <p role="status" aria-live="polite" title={detail} data-sync-status={status}>
      <span className={`rounded-full px-3 py-1 text-xs font-medium ${tone}`}>{label}</span>
      <span className="sr-only">{detail}</span>
    </p>
  );
}
