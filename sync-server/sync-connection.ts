import * as decoding from 'lib0/decoding';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { canWrite, type Role } from './access.ts';
import type { DocRegistry } from './doc-registry.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import type { Peer } from './peer.ts';
import { StoreUnavailable } from './reachability.ts';
import { TokenBucket } from './rate-limit.ts';
import type { SharedDoc } from './shared-doc.ts';
import {
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
  syncMessage,
} from './sync-messages.ts';
import * as Y from 'yjs';

export type ConnectionLimits = {
  maxMessageBytes: number;
  maxBufferedBytes: number;
  updatesPerSecond: number;
  updateBurst: number;
};

/** Close codes. 44xx make y-websocket 3.1 stop reconnecting; 1009/1011/1012/1013 let it retry. */
export const CLOSE = {
  malformed: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  docTooLarge: 4413,
  messageTooLarge: 1009,
  serverError: 1011,
  restarting: 1012,
  tryLater: 1013,
} as const;

// Metric labels for the known message types only, so junk cannot grow the label set.
const MESSAGE_LABELS: Record<number, string> = {
  [MESSAGE_SYNC]: 'sync',
  [MESSAGE_AWARENESS]: 'awareness',
  [MESSAGE_AUTH]: 'auth',
  [MESSAGE_QUERY_AWARENESS]: 'query_awareness',
};

type Identity = { userId: string; familyId: string; role: Role };

/** One authorised WebSocket on one document: reads y-websocket messages and applies the rules. */
export class SyncConnection implements Peer {
  readonly userId: string;
  readonly familyId: string;
  role: Role;
  readonly awarenessIds = new Set<number>();
  private doc: SharedDoc | null = null;
  /** We ended the connection: nothing more from it is handled. */
  private closed = false;
  /** The socket is gone; what it sent before that is still handled, then the doc released. */
  private socketClosed = false;
  private released = false;
  private chain: Promise<void> = Promise.resolve();
  /** Messages that arrive while the document loads; null once it is ready. */
  private pending: Uint8Array[] | null;
  private readonly bucket: TokenBucket;
  /** The TCP socket is corked until the end of this tick (see send). */
  private corked = false;

  constructor(
    private readonly ws: WebSocket,
    /** The socket under `ws` (from the upgrade), corked so that one tick's frames go out in one write. */
    private readonly transport: Duplex,
    readonly docName: string,
    identity: Identity,
    private readonly deps: {
      registry: DocRegistry;
      limits: ConnectionLimits;
      metrics: Metrics;
      log: Logger;
    },
  ) {
    this.userId = identity.userId;
    this.familyId = identity.familyId;
    this.role = identity.role;
    this.bucket = new TokenBucket(
      deps.limits.updatesPerSecond,
      deps.limits.updateBurst,
      Date.now(),
    );
    this.pending = [];
  }

  /** Loads the document, greets the client, then handles `early` and every later message. */
  async start(early: Uint8Array[]): Promise<void> {
    this.pending = [...early];
    this.ws.on('message', (data: Buffer) => this.enqueue(data));
    this.ws.on('close', () => this.onSocketClose());
    try {
      this.doc = await this.deps.registry.acquire(this.docName, this);
    } catch (error) {
      // An unreachable store is logged once when it goes, not once per retrying client.
      if (error instanceof StoreUnavailable) {
        this.close(CLOSE.serverError, 'the relay cannot reach its storage; retrying');
        return;
      }
      this.deps.log.error({ doc: this.docName, err: error }, 'could not load document');
      this.close(CLOSE.serverError, 'the relay could not load this document; retrying');
      return;
    }
    const doc = this.doc;
    // The greeting's state vector is what is on disk, so a client comparing it with its own can
    // honestly say "backed up".
    if (!this.closed) await doc.whenPersisted();
    if (this.closed) {
      this.releaseDoc();
      return;
    }
    this.send(syncMessage(SYNC_STEP1, Y.encodeStateVector(doc.doc)));
    const states = doc.awarenessStates();
    if (states) this.send(states);
    const waiting = this.pending ?? [];
    this.pending = null;
    for (const data of waiting) this.enqueue(data);
    if (this.socketClosed) this.chain = this.chain.then(() => this.releaseDoc());
  }

  send(message: Uint8Array) {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.deps.limits.maxBufferedBytes) {
      this.limitClose(
        'buffered',
        CLOSE.tryLater,
        'client is not reading fast enough; reconnect later',
      );
      return;
    }
    this.deps.metrics.messagesOut.inc();
    this.deps.metrics.bytesOut.inc(message.length);
    // A group commit releases every update of a batch in one tick; corking until the tick ends
    // sends all of them to this peer in one write (one syscall) instead of one write per frame.
    if (!this.corked) {
      this.corked = true;
      this.transport.cork();
      process.nextTick(() => {
        this.corked = false;
        this.transport.uncork();
      });
    }
    this.ws.send(message, { binary: true });
  }

  close(code: number, reason: string) {
    if (this.closed) return;
    this.closed = true;
    this.ws.close(code, reason);
    this.deps.log.info(
      { doc: this.docName, user: this.userId, code, reason },
      'connection closed by relay',
    );
  }

  private enqueue(data: Uint8Array) {
    if (this.closed) return;
    if (this.pending) {
      this.pending.push(data);
      return;
    }
    this.chain = this.chain.then(() => this.handle(data));
  }

  private async handle(data: Uint8Array): Promise<void> {
    const doc = this.doc;
    if (this.closed || !doc) return;
    this.deps.metrics.bytesIn.inc(data.length);
    if (data.length > this.deps.limits.maxMessageBytes) {
      this.limitClose(
        'message_size',
        CLOSE.messageTooLarge,
        `message of ${data.length} bytes is over the ${this.deps.limits.maxMessageBytes}-byte limit`,
      );
      return;
    }
    try {
      await this.dispatch(doc, decoding.createDecoder(data));
    } catch (error) {
      this.deps.log.warn({ doc: this.docName, user: this.userId, err: error }, 'malformed message');
      this.close(CLOSE.malformed, 'malformed message');
    }
  }

  private async dispatch(doc: SharedDoc, decoder: decoding.Decoder): Promise<void> {
    const type = decoding.readVarUint(decoder);
    this.deps.metrics.messagesIn.inc({ type: MESSAGE_LABELS[type] ?? 'unknown' });
    // Every message costs work (a sync step 1 re-encodes the document), so all of them count.
    if (this.overRate()) return;
    switch (type) {
      case MESSAGE_SYNC:
        return this.onSync(doc, decoder);
      case MESSAGE_AWARENESS:
        doc.applyAwareness(decoding.readVarUint8Array(decoder), this);
        return;
      case MESSAGE_QUERY_AWARENESS: {
        const states = doc.awarenessStates();
        if (states) this.send(states);
        return;
      }
      case MESSAGE_AUTH:
        return;
      default:
        this.close(CLOSE.malformed, `unknown message type ${type}`);
    }
  }

  private async onSync(doc: SharedDoc, decoder: decoding.Decoder): Promise<void> {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === SYNC_STEP1) {
      Y.decodeStateVector(payload); // throws on garbage before we do any work
      this.send(await doc.step2For(payload));
      return;
    }
    if (syncType !== SYNC_STEP2 && syncType !== SYNC_UPDATE) {
      this.close(CLOSE.malformed, `unknown sync message ${syncType}`);
      return;
    }
    if (!canWrite(this.role)) {
      // Viewers read; their writes never reach storage or anyone else.
      this.deps.metrics.droppedWrites.inc();
      return;
    }
    const result = doc.applyFromPeer(payload, this);
    if (result === 'too-large') {
      this.limitClose(
        'doc_size',
        CLOSE.docTooLarge,
        'this update would make the document larger than the relay allows',
      );
    } else if (result === 'malformed') {
      this.close(CLOSE.malformed, 'malformed update');
    }
  }

  private overRate(): boolean {
    if (this.bucket.take(Date.now())) return false;
    this.limitClose('update_rate', CLOSE.tryLater, 'too many messages per second; reconnect later');
    return true;
  }

  private limitClose(limit: string, code: number, reason: string) {
    if (this.closed) return;
    this.deps.metrics.closedForLimit.inc({ limit });
    this.close(code, reason);
  }

  private onSocketClose() {
    this.socketClosed = true;
    // While the document loads, start() releases it after handling what arrived.
    if (this.pending === null) this.chain = this.chain.then(() => this.releaseDoc());
  }

  private releaseDoc() {
    if (this.released || !this.doc) return;
    this.released = true;
    this.deps.registry.release(this.doc, this);
  }
}
