import * as Y from 'yjs';
import { parseDocName, type DocKind } from './doc-names';
import { persistDoc } from './guarded-persistence';
import { runMigrations } from './migrations/run-migrations';
import { relayAcrossTabs } from './tab-relay';

/** An open document: loaded from IndexedDB, migrated, and relayed to other tabs. */
export type OpenDoc = {
  name: string;
  kind: DocKind;
  doc: Y.Doc;
  /** Resolves once the stored state is loaded and migrations have run. */
  ready: Promise<Y.Doc>;
  loaded: boolean;
  /** The document was written by a newer build; this build only reads what it knows. */
  newerThanApp: boolean;
  /** Counts changes (loads and updates), so views can re-read only when something changed. */
  version: () => number;
  subscribe: (listener: () => void) => () => void;
};

type Entry = OpenDoc & { refs: number; close: () => void };

/** Something that attaches to every open document, such as the relay connection. */
export type DocAttachment = (open: OpenDoc) => () => void;

const entries = new Map<string, Entry>();
const attachments = new Set<DocAttachment>();
const detachers = new Map<string, Map<DocAttachment, () => void>>();

export function acquireDoc(name: string): OpenDoc {
  const existing = entries.get(name);
  if (existing) {
    existing.refs += 1;
    return existing;
  }
  const parsed = parseDocName(name);
  if (!parsed) throw new Error(`"${name}" is not a Splits document name.`);
  const doc = new Y.Doc({ gc: true });
  const persistence = persistDoc(name, doc);
  const stopRelay = relayAcrossTabs(name, doc);
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version += 1;
    listeners.forEach((l) => l());
  };
  doc.on('update', changed);
  const entry: Entry = {
    name,
    kind: parsed.kind,
    doc,
    loaded: false,
    newerThanApp: false,
    refs: 1,
    version: () => version,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: persistence.whenSynced.then(() => {
      entry.newerThanApp = runMigrations(doc, parsed.kind).newerThanApp;
      entry.loaded = true;
      changed();
      return doc;
    }),
    close: () => {
      stopRelay();
      doc.destroy();
    },
  };
  entries.set(name, entry);
  const own = new Map<DocAttachment, () => void>();
  detachers.set(name, own);
  for (const attach of attachments) own.set(attach, attach(entry));
  return entry;
}

export function releaseDoc(name: string): void {
  const entry = entries.get(name);
  if (!entry) return;
  entry.refs -= 1;
  if (entry.refs > 0) return;
  entries.delete(name);
  detachers.get(name)?.forEach((detach) => detach());
  detachers.delete(name);
  entry.close();
}

/** Closes a document at once, whoever holds it (its access ended); later releases do nothing. */
export function closeDoc(name: string): void {
  const entry = entries.get(name);
  if (!entry) return;
  entry.refs = 1;
  releaseDoc(name);
}

/** Attaches to every document open now and opened later; returns a function that detaches. */
export function attachToAllDocs(attach: DocAttachment): () => void {
  attachments.add(attach);
  for (const entry of entries.values()) detachers.get(entry.name)?.set(attach, attach(entry));
  return () => {
    attachments.delete(attach);
    for (const own of detachers.values()) {
      own.get(attach)?.();
      own.delete(attach);
    }
  };
}

export function openDocNames(): string[] {
  return [...entries.keys()];
}
