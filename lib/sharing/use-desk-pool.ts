'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { DESK_POOL, DeskPool, type PoolOptions } from './desk-pool';

/**
 * The athletes whose documents the desk holds open now (a few at a time, see `DeskPool`), and
 * `finished` to call when a visit is over. Everyone is visited again every minute and whenever the
 * coach comes back to the window.
 */
export function useDeskPool(athleteIds: readonly string[], options: PoolOptions = DESK_POOL) {
  const pool = useRef<DeskPool | null>(null);
  pool.current ??= new DeskPool(options);
  const [open, setOpen] = useState<string[]>([]);
  const [nextDueMs, setNextDueMs] = useState<number | null>(null);
  const publish = useCallback(() => {
    const p = pool.current!;
    const next = p.openNow();
    setOpen((before) => (before.join() === next.join() ? before : next));
    setNextDueMs(p.nextDueInMs(Date.now()));
  }, []);
  const key = athleteIds.join();
  useEffect(() => {
    pool.current!.setAthletes(key === '' ? [] : key.split(','), Date.now());
    publish();
  }, [key, publish]);
  useEffect(() => {
    if (nextDueMs === null || nextDueMs === 0) return;
    const timer = setTimeout(() => {
      pool.current!.fill(Date.now());
      publish();
    }, nextDueMs);
    return () => clearTimeout(timer);
  }, [nextDueMs, open, publish]);
  useEffect(() => {
    const onFocus = () => {
      pool.current!.allDue(Date.now());
      publish();
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [publish]);
  const finished = useCallback(
    (athleteId: string) => {
      pool.current!.finished(athleteId, Date.now());
      publish();
    },
    [publish],
  );
  return { open, finished };
}
