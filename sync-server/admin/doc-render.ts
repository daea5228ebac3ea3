import * as Y from 'yjs';
import type { DocStorage } from '../doc-storage.ts';

/** The most JSON a read-only view answers; a larger document is cut with a note. */
const MAX_VIEW_CHARS = 2_000_000;

export type RenderedDoc = {
  name: string;
  storedBytes: number;
  /** Each top-level map or array of the document as plain JSON. */
  content: Record<string, unknown> | null;
  truncated: boolean;
};

/**
 * A stored document as plain JSON, read from storage into a throwaway Y.Doc: nothing reaches the
 * live document, so reading can never write (support access is read-only by construction).
 */
export async function renderDoc(docs: DocStorage, name: string): Promise<RenderedDoc> {
  const stored = await docs.load(name);
  const doc = new Y.Doc();
  try {
    for (const record of stored.records) Y.applyUpdate(doc, record.payload);
    const content: Record<string, unknown> = {};
    // Top-level types have no declared kind until read: one with keys is a map, one holding
    // strings is a text, else an array.
    for (const [key, type] of doc.share) {
      if (type._map.size > 0) content[key] = doc.getMap(key).toJSON();
      else if (type._start?.content instanceof Y.ContentString)
        content[key] = doc.getText(key).toString();
      else content[key] = doc.getArray(key).toJSON();
    }
    const truncated = JSON.stringify(content).length > MAX_VIEW_CHARS;
    return {
      name,
      storedBytes: stored.storedBytes,
      content: truncated ? null : content,
      truncated,
    };
  } finally {
    doc.destroy();
  }
}
