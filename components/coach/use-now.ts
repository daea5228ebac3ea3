'use client';

import { useEffect, useState } from 'react';

/** The time now, moved on every half minute: enough for "synced 3 min ago". */
export function useNowMs(): number {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return nowMs;
}
