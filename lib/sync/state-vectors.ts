import * as Y from 'yjs';

/**
 * True when the relay's state vector has every change the local one has: for each client id we
 * know, the relay's clock is at least ours. (An open socket proves nothing about this.)
 */
export function relayHasEverything(relayStateVector: Uint8Array, localStateVector: Uint8Array) {
  const relay = Y.decodeStateVector(relayStateVector);
  for (const [client, clock] of Y.decodeStateVector(localStateVector)) {
    if ((relay.get(client) ?? 0) < clock) return false;
  }
  return true;
}
