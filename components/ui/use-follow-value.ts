'use client';

import { useCallback, useEffect, useRef } from 'react';

type Editable = HTMLInputElement | HTMLTextAreaElement;

/** A focused input in a background tab is not being typed in, so it follows too. */
function isTyping(input: Editable): boolean {
  return input === document.activeElement && document.hasFocus();
}

/**
 * Keeps an uncontrolled input showing the stored value when it changes elsewhere (another tab or
 * device), but never while the athlete is in that input: a focused input keeps what they type.
 * When they leave it, a change that arrived meanwhile is shown, unless they typed something the
 * store does not hold: text the field saves on leaving goes on to be saved, and text the field
 * refused (`refused`, shown with its error) stays so it can be fixed. Returns a callback ref.
 */
export function useFollowValue<T extends Editable>(value: string, refused = false) {
  const input = useRef<T | null>(null);
  const stored = useRef(value);
  // The input holds text the athlete typed that the store does not hold (yet).
  const edited = useRef(false);

  useEffect(() => {
    stored.current = value;
    const element = input.current;
    if (!element) return;
    if (element.value === value) edited.current = false;
    else if (!isTyping(element) && !refused) {
      element.value = value;
      edited.current = false;
    }
  }, [value, refused]);

  return useCallback((element: T | null) => {
    input.current = element;
    if (!element) return;
    const onInput = () => {
      edited.current = element.value !== stored.current;
    };
    // A native listener on the input runs before React's blur handlers (delegated to the root),
    // so a field that saves on leaving still reads what the athlete typed.
    const onBlur = () => {
      if (edited.current || element.value === stored.current) return;
      element.value = stored.current;
    };
    element.addEventListener('input', onInput);
    element.addEventListener('blur', onBlur);
    return () => {
      element.removeEventListener('input', onInput);
      element.removeEventListener('blur', onBlur);
      input.current = null;
    };
  }, []);
}
