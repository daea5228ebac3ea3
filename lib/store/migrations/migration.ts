import type * as Y from 'yjs';
import type { DocKind } from '../doc-names';

/**
 * One step of a document's schema. `toVersion` is the version the document has after it.
 * A migration must keep fields it does not know (a newer device's data survives an older one),
 * and running it again on a migrated document must change nothing.
 */
export type Migration = {
  id: string;
  kind: DocKind;
  toVersion: number;
  migrate: (doc: Y.Doc) => void;
};
