import * as Y from 'yjs';
import { CLOSE } from './close-codes.ts';
import type { DocStorage } from './doc-storage.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import type { Peer } from './peer.ts';
import type { RedisReplication } from './redis-replication.ts';
import { SharedDoc, type DocSettings } from './shared-doc.ts';

/**
 * Hands a document's last state from a relay that lets it go to the next one that loads it, when
 * relays share Redis but no database (with DATABASE_URL the database itself is shared).
 */
export interface SharedState {
  /** False while the shared copy cannot be written; idle documents then stay loaded until it can. */
  readonly reachable: boolean;
  loadState(name: string): Promise<Uint8Array | null>;
  saveState(name: string, state: Uint8Array): Promise<void>;
}

const HANDOFF_RETRY_MS = 1_000;

/**
 * The documents in memory. A document loads (fully, before anyone is answered) on its first
 * connection and is snapshotted and dropped `idleMs` after its last one leaves, so memory tracks
 * the documents in use rather than every document ever opened.
 */
export class DocRegistry {
  private readonly loaded = new Map<string, Promise<SharedDoc>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly store: DocStorage,
    private readonly settings: DocSettings & { idleMs: number },
    private readonly metrics: Metrics,
    private readonly log: Logger,
    private readonly replication: RedisReplication | null = null,
    private readonly sharedState: SharedState | null = replication,
  ) {}

  get size() {
    return this.loaded.size;
  }

  async acquire(name: string, peer: Peer): Promise<SharedDoc> {
    for (;;) {
      await this.unloading.get(name);
      let loading = this.loaded.get(name);
      if (!loading) {
        loading = this.load(name);
        this.loaded.set(name, loading);
      }
      const doc = await loading;
      // The document may have been dropped while we waited; then load it again.
      if (this.loaded.get(name) !== loading || doc.isBroken) continue;
      clearTimeout(this.idleTimers.get(name));
      this.idleTimers.delete(name);
      doc.peers.add(peer);
      return doc;
    }
  }

  release(doc: SharedDoc, peer: Peer) {
    doc.removePeer(peer);
    if (doc.peers.size > 0 || this.closed) return;
    if (doc.isBroken) {
      void this.unload(doc);
      return;
    }
    this.unloadAfter(doc, this.settings.idleMs);
  }

  private unloadAfter(doc: SharedDoc, delayMs: number) {
    clearTimeout(this.idleTimers.get(doc.name));
    const timer = setTimeout(() => {
      // Letting a document go hands its state to the next relay through Redis; while Redis is
      // away it stays loaded (its edits safe in DATA_DIR) and joins the re-sync when Redis is back.
      if (this.sharedState && !this.sharedState.reachable) {
        this.unloadAfter(doc, Math.max(delayMs, HANDOFF_RETRY_MS));
        return;
      }
      void this.unload(doc);
    }, delayMs);
    this.idleTimers.set(doc.name, timer);
  }

  /** Closes every connection to the documents under `prefix` and drops them (account deletion). */
  async dropUnder(prefix: string, reason: string): Promise<void> {
    const loading = [...this.loaded].filter(([name]) => name.startsWith(prefix));
    // A document that failed to load is not in memory: there is nothing of it to drop.
    for (const settled of await Promise.allSettled(loading.map(([, doc]) => doc))) {
      if (settled.status === 'rejected') continue;
      for (const peer of settled.value.peers) peer.close(CLOSE.forbidden, reason);
      await this.unload(settled.value, true);
    }
    // Documents already on their way out (idle) are stored before anyone deletes them.
    const leaving = [...this.unloading].filter(([name]) => name.startsWith(prefix));
    await Promise.all(leaving.map(([, done]) => done));
  }

  /** Stores every loaded document as a snapshot and drops them all (graceful shutdown). */
  async closeAll(): Promise<void> {
    this.closed = true;
    const docs = await Promise.allSettled(this.loaded.values());
    await Promise.all(
      docs.map((d) => (d.status === 'fulfilled' ? this.unload(d.value, true) : Promise.resolve())),
    );
    await Promise.all(this.unloading.values());
  }

  private async load(name: string): Promise<SharedDoc> {
    const started = Date.now();
    try {
      await this.settings.usage.load(name);
      const { doc, quarantined } = await SharedDoc.load(
        name,
        this.store,
        this.settings,
        this.log,
        this.replication,
      );
      const shared = await this.sharedState?.loadState(name);
      if (shared) doc.applyRemote(shared);
      await this.replication?.attach(name, doc);
      if (quarantined > 0) this.metrics.quarantined.inc(quarantined);
      this.metrics.documentsLoaded.set(this.loaded.size);
      this.log.debug({ doc: name, ms: Date.now() - started }, 'document loaded');
      return doc;
    } catch (error) {
      this.loaded.delete(name);
      throw error;
    }
  }

  private unload(doc: SharedDoc, force = false): Promise<void> {
    const current = this.unloading.get(doc.name);
    if (current) return current;
    if (doc.peers.size > 0 && !doc.isBroken && !force) return Promise.resolve();
    clearTimeout(this.idleTimers.get(doc.name));
    this.idleTimers.delete(doc.name);
    this.loaded.delete(doc.name);
    this.metrics.documentsLoaded.set(this.loaded.size);
    const done = this.storeAndDrop(doc)
      .catch((error: unknown) => this.log.error({ doc: doc.name, err: error }, 'flush failed'))
      .finally(() => {
        doc.destroy();
        this.unloading.delete(doc.name);
      });
    this.unloading.set(doc.name, done);
    return done;
  }

  /** Stops listening to other relays, stores the document, and shares its final state. */
  private async storeAndDrop(doc: SharedDoc): Promise<void> {
    await this.replication?.detach(doc.name);
    await doc.flush();
    if (!doc.isBroken) await this.sharedState?.saveState(doc.name, Y.encodeStateAsUpdate(doc.doc));
  }
}
