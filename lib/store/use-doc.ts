'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { acquireDoc, releaseDoc, type OpenDoc } from './doc-registry';

const noSubscribe = () => () => undefined;

/** Opens a document for as long as the component is mounted (null name: nothing to open). */
export function useOpenDoc(name: string | null): OpenDoc | null {
  const [open, setOpen] = useState<OpenDoc | null>(null);
  useEffect(() => {
    if (name === null) return;
    const entry = acquireDoc(name);
    let active = true;
    entry.ready.then(
      () => {
        if (active) setOpen(entry);
      },
      (error: unknown) => console.error(`Could not open ${name}`, error),
    );
    return () => {
      active = false;
      setOpen(null);
      releaseDoc(name);
    };
  }, [name]);
  return open && open.name === name ? open : null;
}

/** How many times the document has changed since it was opened (-1 while it is not open). */
export function useDocVersion(open: OpenDoc | null): number {
  return useSyncExternalStore(
    open ? open.subscribe : noSubscribe,
    () => (open ? open.version() : -1),
    () => -1,
  );
}

/**
 * Reads a typed value from an open document and re-reads it after every change. `read` must be a
 * stable function and `empty` a stable value (module-level), so unchanged documents are not
 * re-read.
 */
export function useDocValue<T>(open: OpenDoc | null, read: (doc: Y.Doc) => T, empty: T): T {
  const version = useDocVersion(open);
  return useMemo(
    () => (open && version >= 0 ? read(open.doc) : empty),
    [open, read, version, empty],
  );
}
