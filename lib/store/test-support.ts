import * as Y from 'yjs';

/** Exchanges every missing update between two replicas, as the relay or a tab channel would. */
export function syncReplicas(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}
