'use client';

import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => undefined;

/**
 * False in the pre-rendered page and during hydration, true once React is attached: forms stay
 * disabled until then, so nothing typed or submitted early is lost (or sent as a plain GET).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
