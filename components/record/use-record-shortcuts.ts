'use client';

import { useEffect, useRef } from 'react';
import { focusKind, shortcutFor, type RecordShortcut } from './record-shortcuts';

/** Listens for the recording shortcuts (`record-shortcuts.ts`) while the recording is on screen. */
export function useRecordShortcuts(act: (shortcut: RecordShortcut) => void): void {
  // The latest handler without re-listening on every render.
  const latest = useRef(act);
  useEffect(() => {
    latest.current = act;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const shortcut = shortcutFor({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        repeat: event.repeat,
        target: focusKind(target),
        inDialog: document.querySelector('dialog[open]') !== null,
      });
      if (!shortcut) return;
      // Space would scroll the page; the other keys have no default worth keeping here.
      event.preventDefault();
      latest.current(shortcut);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
