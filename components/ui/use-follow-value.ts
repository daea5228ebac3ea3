'use client';

import { useEffect, useRef } from 'react';

/**
 * Keeps an uncontrolled input showing the stored value when it changes elsewhere (another tab or
 * device), but never while the athlete is in that input: a focused input keeps what they type.
 */
export function useFollowValue<T extends HTMLInputElement | HTMLTextAreaElement>(value: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const input = ref.current;
    // A focused input in a background tab is not being typed in, so it follows too.
    const typing = input === document.activeElement && document.hasFocus();
    if (!input || typing || input.value === value) return;
    input.value = value;
  }, [value]);
  return ref;
}
