import * as Y from 'yjs';
import { z } from 'zod';

const bytes = z.instanceof(Uint8Array);
const tabMessageSchema = z.discriminatedUnion('type', [
  /** A tab opened the document: send it what it lacks, and ask for what we lack. */
  z.object({ type: z.literal('hello'), stateVector: bytes }),
  z.object({ type: z.literal('catch-up'), stateVector: bytes }),
  z.object({ type: z.literal('update'), update: bytes }),
]);

/**
 * Keeps one document in step across tabs of this browser with or without an account (and
 * offline): every local update is posted on a BroadcastChannel named for the document, and a
 * newly opened tab exchanges state vectors with the others to catch up.
 */
export function relayAcrossTabs(name: string, doc: Y.Doc): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(`splits-doc:${name}`);
  const origin = { relay: name };

  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = tabMessageSchema.safeParse(event.data);
    if (!message.success) return;
    const data = message.data;
    if (data.type === 'update') {
      Y.applyUpdate(doc, data.update, origin);
      return;
    }
    const missing = Y.encodeStateAsUpdate(doc, data.stateVector);
    if (missing.byteLength > 2) channel.postMessage({ type: 'update', update: missing });
    if (data.type === 'hello') {
      channel.postMessage({ type: 'catch-up', stateVector: Y.encodeStateVector(doc) });
    }
  };

  const onUpdate = (update: Uint8Array, updateOrigin: unknown) => {
    if (updateOrigin !== origin) channel.postMessage({ type: 'update', update });
  };
  doc.on('update', onUpdate);
  channel.postMessage({ type: 'hello', stateVector: Y.encodeStateVector(doc) });

  return () => {
    doc.off('update', onUpdate);
    channel.close();
  };
}
