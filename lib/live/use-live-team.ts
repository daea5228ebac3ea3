'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { syncUrl } from '@/lib/sync/relay-attachment';
import { currentSession } from '@/lib/sync/session';
import type { LiveEntry } from './live-board';
import { LiveTeam } from './live-team';

const noEntries: LiveEntry[] = [];
const noSubscribe = () => () => undefined;
const TICK_MS = 1_000;

/**
 * The live sessions of these athletes, for the coach's screen, and a clock that ticks once a
 * second so a tile whose athlete went quiet turns to "link lost" without a new message.
 */
export function useLiveTeam(athleteIds: readonly string[]): {
  entries: LiveEntry[];
  nowMs: number;
} {
  // Made in the browser only (the page is pre-rendered without one); closing it closes its
  // channels, and following again reopens them, so a remount reuses it.
  const [team] = useState(() =>
    typeof window === 'undefined'
      ? null
      : new LiveTeam({ url: syncUrl(), token: () => currentSession()?.accessToken ?? null }),
  );
  const [nowMs, setNowMs] = useState(() => Date.now());
  const key = athleteIds.join(',');

  useEffect(() => {
    const tick = setInterval(() => setNowMs(Date.now()), TICK_MS);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    if (!team) return;
    team.follow(key === '' ? [] : key.split(','));
    return () => team.follow([]);
  }, [team, key]);

  const entries = useSyncExternalStore(
    team ? team.subscribe : noSubscribe,
    () => team?.snapshot() ?? noEntries,
    () => noEntries,
  );
  return { entries, nowMs };
}
