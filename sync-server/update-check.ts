import * as Y from 'yjs';

export type UpdateCheck = { ok: true; addsContent: boolean } | { ok: false; error: unknown };

/**
 * Reads a whole Yjs update with Yjs' own decoder before anything is applied: structs and delete
 * set to the last byte. (Y.applyUpdate integrates the structs it has read before it reads the
 * delete set, so a truncated update would otherwise leave its first part behind.) Says whether
 * it brings content the document lacks; one that only deletes, or repeats what is known, cannot
 * make the document larger. Nothing of the content is interpreted.
 */
export function checkUpdate(update: Uint8Array, doc: Y.Doc): UpdateCheck {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    return { ok: false, error };
  }
  const addsContent = decoded.structs.some(
    (struct) =>
      struct instanceof Y.Item &&
      struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client),
  );
  return { ok: true, addsContent };
}
