'use client';

import { syncAge as age } from '@/lib/sharing/sync-age';
import { useNowMs } from './use-now';

/** How old the athlete list is; offline it is the last one the server gave. */
export function SyncedAge({
  syncedAt,
  fromCache,
  checking,
}: {
  syncedAt: string | null;
  fromCache: boolean;
  checking: boolean;
}) {
  const nowMs = useNowMs();
  if (syncedAt === null) {
    return (
      <p role="status">
        {checking
          ? 'Looking for athletes who share with you…'
          : 'Offline: the list of athletes appears once this device has synced it.'}
      </p>
    );
  }
  const shown = `what was synced ${age(syncedAt, nowMs)}`;
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      {!fromCache
        ? `Up to date, synced ${age(syncedAt, nowMs)}.`
        : checking
          ? `Showing ${shown}; checking for changes…`
          : `Offline: showing ${shown}.`}
    </p>
  );
}
