import type { Awareness } from 'y-protocols/awareness';

/**
 * The awareness of every document connected to the relay, by document name, so presence can
 * publish on the same socket as the document instead of opening a second one.
 */
const byName = new Map<string, Awareness>();
const listeners = new Set<() => void>();

export function publishDocAwareness(name: string, awareness: Awareness): () => void {
  byName.set(name, awareness);
  listeners.forEach((l) => l());
  return () => {
    if (byName.get(name) !== awareness) return;
    byName.delete(name);
    listeners.forEach((l) => l());
  };
}

export function docAwareness(name: string): Awareness | null {
  return byName.get(name) ?? null;
}

export function subscribeDocAwareness(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
