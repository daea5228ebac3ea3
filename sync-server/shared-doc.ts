import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { judgeAwareness, type AwarenessLimits, type AwarenessVerdict } from './awareness-guard.ts';
import type { DocStorage, StoredDoc } from './doc-storage.ts';
import type { Logger } from './log.ts';
import type { Peer } from './peer.ts';
import type { ReplicaTarget } from './redis-replication.ts';
import type { AccountUsage } from './account-usage.ts';
import { checkUpdate } from './update-check.ts';
import { awarenessMessage, SYNC_STEP2, SYNC_UPDATE, syncMessage } from './sync-messages.ts';

export type DocSettings = {
  maxDocBytes: number;
  compactAfterUpdates: number;
  awareness: AwarenessLimits;
  /** Each account's stored bytes and documents, judged against its quotas. */
  usage: AccountUsage;
};

/** Other relays sharing this document (Redis); null when this relay is alone. */
export interface Replication {
  publishUpdate(name: string, update: Uint8Array): void;
  publishAwareness(name: string, update: Uint8Array): void;
}

/** Transaction origin of changes that came from another relay: stored and sent to our peers only. */
const REMOTE = Symbol('remote relay');

/** What became of a peer's update; `quota` carries the sentence saying which account quota. */
export type ApplyResult =
  'applied' | 'too-large' | 'malformed' | { quota: string; which: 'storage' | 'documents' };

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * One document held in memory while anyone is connected: its Y.Doc, awareness, peers and the
 * position of its update log. Every integrated update is written to the store first and only
 * then fanned out, so anything another client has seen survives a crash.
 */
export class SharedDoc implements ReplicaTarget {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<Peer>();
  private persisted: Promise<void> = Promise.resolve();
  private broken = false;
  private firstSeq: number;
  private nextSeq: number;
  /** Upper bound of the encoded size: the stored size plus every update accepted since. */
  private approxSize: number;
  /** Whether the document holds anything (and so counts against its account's quotas). */
  private hasContent: boolean;
  /** While a peer's update is integrated: what it produced, stored only if it integrates fully. */
  private collecting: Uint8Array[] | null = null;

  private constructor(
    readonly name: string,
    private readonly store: DocStorage,
    private readonly settings: DocSettings,
    private readonly log: Logger,
    stored: StoredDoc,
    private readonly replication: Replication | null,
  ) {
    this.firstSeq = stored.firstSeq;
    this.nextSeq = stored.nextSeq;
    this.approxSize = stored.storedBytes;
    this.hasContent = stored.storedBytes > 0;
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (this.collecting) this.collecting.push(update);
      else this.persistThenFanOut(update, origin);
    });
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
      this.fanOutAwareness(change, origin),
    );
  }

  static async load(
    name: string,
    store: DocStorage,
    settings: DocSettings,
    log: Logger,
    replication: Replication | null,
  ) {
    const stored = await store.load(name);
    if (stored.quarantined.length > 0) {
      log.warn({ doc: name, keys: stored.quarantined }, 'quarantined records with bad checksums');
    }
    const doc = new SharedDoc(name, store, settings, log, stored, replication);
    const unreadable: Array<[string, Uint8Array]> = [];
    doc.doc.transact(() => {
      for (const record of stored.records) {
        try {
          Y.applyUpdate(doc.doc, record.payload, 'load');
        } catch (error) {
          log.warn({ doc: name, key: record.key, err: error }, 'quarantined an unreadable update');
          unreadable.push([record.key, record.payload]);
        }
      }
    }, 'load');
    if (unreadable.length > 0) await store.quarantine(unreadable);
    return { doc, quarantined: stored.quarantined.length + unreadable.length };
  }

  /** At least the encoded size of the document (the stored size plus every update since). */
  get approxBytes(): number {
    return this.approxSize;
  }

  get isBroken() {
    return this.broken;
  }

  /**
   * Integrates a peer's update. It is decoded in full first, so a malformed one changes nothing;
   * one that would take the document over its size limit is refused unless it adds no content
   * (deleting always works, so a full document can always be made smaller). The store write and
   * fan-out follow, only once Yjs has integrated the whole update.
   */
  applyFromPeer(update: Uint8Array, peer: Peer): ApplyResult {
    const check = checkUpdate(update, this.doc);
    if (!check.ok) {
      this.log.warn({ doc: this.name, err: check.error }, 'refused a malformed update');
      return 'malformed';
    }
    if (check.addsContent) {
      const room = this.roomFor(update.length);
      if (room !== 'applied') return room;
    }
    const produced: Uint8Array[] = [];
    this.collecting = produced;
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (error) {
      // Decoded fine yet failed to integrate: what it changed in memory is not kept, stored or
      // sent; the document closes and loads again from the store.
      this.collecting = null;
      this.fail(error);
      return 'malformed';
    }
    this.collecting = null;
    this.approxSize += update.length;
    for (const integrated of produced) this.persistThenFanOut(integrated, peer);
    // Only content counts: a client's empty first sync does not make a document.
    if (check.addsContent) {
      this.hasContent = true;
      this.settings.usage.noteSize(this.name, this.approxSize, false);
    }
    return 'applied';
  }

  /**
   * Whether the document may grow by `bytes`, against its own limit and its account's quotas.
   * The size kept between snapshots is an upper bound, so before refusing it is made exact.
   */
  private roomFor(bytes: number): ApplyResult {
    const check = (): ApplyResult => {
      if (this.approxSize + bytes > this.settings.maxDocBytes) return 'too-large';
      const quota = this.settings.usage.allows(this.name, this.approxSize, bytes);
      return quota.ok ? 'applied' : { quota: quota.reason, which: quota.quota };
    };
    if (check() === 'applied') return 'applied';
    this.compactNow();
    const result = check();
    if (typeof result === 'object') this.settings.usage.countRefusal(result.which);
    return result;
  }

  stateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc);
  }

  diffSince(stateVector: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc, stateVector);
  }

  applyRemote(update: Uint8Array) {
    if (this.broken) return;
    this.approxSize += update.length;
    this.hasContent = true;
    Y.applyUpdate(this.doc, update, REMOTE);
  }

  applyRemoteAwareness(update: Uint8Array) {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE);
  }

  /** Applies a peer's awareness update if it only touches the peer's own entries (see judgeAwareness). */
  applyAwareness(update: Uint8Array, peer: Peer): AwarenessVerdict {
    const active = new Set(this.awareness.getStates().keys());
    const verdict = judgeAwareness(update, peer.awarenessIds, active, this.settings.awareness);
    if (verdict.ok) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
    return verdict;
  }

  /** Sync step 2 for a peer's state vector, once everything already integrated is stored. */
  async step2For(stateVector: Uint8Array): Promise<Uint8Array> {
    await this.whenPersisted();
    return syncMessage(SYNC_STEP2, Y.encodeStateAsUpdate(this.doc, stateVector));
  }

  awarenessStates(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return null;
    return awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  removePeer(peer: Peer) {
    this.peers.delete(peer);
    if (peer.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
    }
  }

  async whenPersisted(): Promise<void> {
    let tail: Promise<void>;
    do {
      tail = this.persisted;
      await tail;
    } while (tail !== this.persisted);
  }

  /** Writes pending log entries as one snapshot; used before unloading and at shutdown. */
  async flush(): Promise<void> {
    if (!this.broken && this.nextSeq > this.firstSeq) this.compactNow();
    await this.whenPersisted();
  }

  destroy() {
    this.awareness.destroy();
    this.doc.destroy();
  }

  private persistThenFanOut(update: Uint8Array, origin: unknown) {
    if (origin === 'load' || this.broken) return;
    const seq = this.nextSeq++;
    const message = syncMessage(SYNC_UPDATE, update);
    const write = this.store.append(this.name, seq, update);
    this.persisted = write.then(
      () => {
        for (const peer of this.peers) if (peer !== origin) peer.send(message);
        if (origin !== REMOTE) this.replication?.publishUpdate(this.name, update);
      },
      (error: unknown) => this.fail(error),
    );
    if (this.nextSeq - this.firstSeq >= this.settings.compactAfterUpdates) this.compactNow();
  }

  private compactNow() {
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const write = this.store.compact(this.name, snapshot, this.firstSeq, this.nextSeq);
    this.firstSeq = this.nextSeq;
    this.approxSize = snapshot.length;
    if (this.hasContent) this.settings.usage.noteSize(this.name, snapshot.length, true);
    const previous = this.persisted;
    this.persisted = Promise.all([previous, write]).then(
      () => undefined,
      (error: unknown) => this.fail(error),
    );
  }

  private fail(error: unknown) {
    if (this.broken) return;
    this.broken = true;
    this.log.error({ doc: this.name, err: error }, 'storage write failed; closing the document');
    for (const peer of this.peers)
      peer.close(1011, 'the relay could not store an update; retrying');
  }

  private fanOutAwareness({ added, updated, removed }: AwarenessChange, origin: unknown) {
    const changed = [...added, ...updated, ...removed];
    const fromPeer = this.peers.has(origin as Peer) ? (origin as Peer) : null;
    if (fromPeer) {
      for (const id of [...added, ...updated]) fromPeer.awarenessIds.add(id);
      for (const id of removed) fromPeer.awarenessIds.delete(id);
    }
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    if (origin !== REMOTE) this.replication?.publishAwareness(this.name, update);
    const message = awarenessMessage(update);
    // The sender already holds its own state; echoing it back would cost a write and change nothing.
    for (const peer of this.peers) if (peer !== fromPeer) peer.send(message);
  }
}
