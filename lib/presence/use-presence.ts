'use client';

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { removeAwarenessStates, type Awareness } from 'y-protocols/awareness';
import { docAwareness, subscribeDocAwareness } from '@/lib/sync/doc-awareness';
import { readPeers } from './peers';
import { presenceColor } from './presence-color';
import type { Peer, PresenceViewing } from './presence-schema';

const noPeers: Peer[] = [];
const noSubscribe = () => () => undefined;

/** Remembers the last list per awareness so an unchanged room keeps the same array. */
const lastPeers = new WeakMap<Awareness, { key: string; peers: Peer[] }>();

function peersOf(awareness: Awareness, readerId: string): Peer[] {
  const peers = readPeers(awareness.getStates() as Map<number, Record<string, unknown>>, readerId);
  const key = `${readerId}|${JSON.stringify(peers)}`;
  const last = lastPeers.get(awareness);
  if (last && last.key === key) return last.peers;
  lastPeers.set(awareness, { key, peers });
  return peers;
}

/** The awareness of a document while it is connected to the relay (null offline or signed out). */
export function useDocAwareness(docName: string | null): Awareness | null {
  return useSyncExternalStore(
    subscribeDocAwareness,
    () => (docName ? docAwareness(docName) : null),
    () => null,
  );
}

/**
 * Shares who I am and which workout I have open in `docName`, and returns the other people in
 * it now. Nothing is stored: the relay forgets a person when their socket closes.
 */
export function usePresence(
  docName: string | null,
  me: { id: string; name: string } | null,
  viewing: PresenceViewing,
): Peer[] {
  const awareness = useDocAwareness(docName);
  const meId = me?.id ?? null;
  const meName = me?.name ?? '';
  const workoutId = viewing?.workoutId ?? null;
  const editing = viewing?.editing ?? false;

  useEffect(() => {
    if (!awareness || meId === null) return;
    const publish = () => {
      // Empty after the page was hidden (see `leave`): start a fresh state to set fields on.
      if (awareness.getLocalState() === null) awareness.setLocalState({});
      awareness.setLocalStateField('user', { id: meId, name: meName, color: presenceColor(meId) });
      awareness.setLocalStateField('viewing', workoutId === null ? null : { workoutId, editing });
    };
    // A closing tab says goodbye at once rather than waiting for the relay to notice the socket
    // is gone (or for the 30 s awareness timeout when the link dropped first).
    const leave = () => removeAwarenessStates(awareness, [awareness.clientID], 'page hidden');
    const back = (event: PageTransitionEvent) => {
      if (event.persisted) publish();
    };
    publish();
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', back);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', back);
      awareness.setLocalStateField('user', null);
      awareness.setLocalStateField('viewing', null);
    };
  }, [awareness, meId, meName, workoutId, editing]);

  const subscribe = useMemo(
    () =>
      awareness
        ? (listener: () => void) => {
            awareness.on('change', listener);
            return () => awareness.off('change', listener);
          }
        : noSubscribe,
    [awareness],
  );
  return useSyncExternalStore(
    subscribe,
    () => (awareness && meId !== null ? peersOf(awareness, meId) : noPeers),
    () => noPeers,
  );
}
