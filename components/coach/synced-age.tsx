'use client';

import { useEffect, useState } from 'react';

function age(syncedAt: string, nowMs: number): string {
  const minutes = Math.floor((nowMs - Date.parse(syncedAt)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

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
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
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
