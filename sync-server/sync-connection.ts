import * as decoding from 'lib0/decoding';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { canWrite, type Role } from './access.ts';
import { CLOSE } from './close-codes.ts';
import type { DocRegistry } from './doc-registry.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import type { Peer } from './peer.ts';
import { PeerSocket, type OutboundLimits } from './peer-socket.ts';
import { StoreUnavailable } from './reachability.ts';
import { TokenBucket } from './rate-limit.ts';
import type { SharedDoc } from './shared-doc.ts';
import { StateReplies, type StateReplyBudget } from './state-replies.ts';
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

export { CLOSE } from './close-codes.ts';

export type ConnectionLimits = OutboundLimits & {
  maxMessageBytes: number;
  updatesPerSecond: number;
  updateBurst: number;
  stateReplyBytesPerS: number;
};

// Metric labels for the known message types only, so junk cannot grow the label set.
const MESSAGE_LABELS: Record<number, string> = {
  [MESSAGE_SYNC]: 'sync',
  [MESSAGE_AWARENESS]: 'awareness',
  [MESSAGE_AUTH]: 'auth',
  [MESSAGE_QUERY_AWARENESS]: 'query_awareness',
};

/** What an awareness reply is taken to cost until it is made (entries are bounded per document). */
const AWARENESS_ESTIMATE_BYTES = 64 * 1024;

/** Messages read but not yet handled above which the peer is not read (see PeerSocket.hold). */
const MAX_QUEUED_MESSAGES = 16;

type Identity = { userId: string; familyId: string; role: Role };

export type ConnectionDeps = {
  registry: DocRegistry;
  limits: ConnectionLimits;
  replyBudget: StateReplyBudget;
  metrics: Metrics;
  log: Logger;
};

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
  /** Messages read and waiting to be handled, one at a time, in order. */
  private readonly inbox: Uint8Array[] = [];
  private handling = false;
  private readonly bucket: TokenBucket;
  private readonly replies: StateReplies;
  readonly socket: PeerSocket;

  constructor(
    private readonly ws: WebSocket,
    transport: Duplex,
    readonly docName: string,
    identity: Identity,
    private readonly deps: ConnectionDeps,
  ) {
    this.userId = identity.userId;
    this.familyId = identity.familyId;
    this.role = identity.role;
    const { limits } = deps;
    this.bucket = new TokenBucket(limits.updatesPerSecond, limits.updateBurst, Date.now());
    this.socket = new PeerSocket(
      ws,
      transport,
      limits,
      deps.replyBudget,
      deps.metrics.traffic,
      () => this.dropSlow(),
    );
    this.replies = new StateReplies(this.socket, limits.stateReplyBytesPerS, deps.replyBudget, () =>
      deps.metrics.stateReplyWaits.inc(),
    );
  }

  /** Loads the document, greets the client, then handles `early` and every later message. */
  async start(early: Uint8Array[]): Promise<void> {
    // Nothing is handled while the document loads; the peer is not read meanwhile.
    this.socket.hold('loading');
    this.inbox.push(...early);
    this.ws.on('message', (data: Buffer) => this.enqueue(data));
    this.ws.on('close', () => this.onSocketClose());
    try {
      this.doc = await this.deps.registry.acquire(this.docName, this);
    } catch (error) {
      this.loadFailed(error);
      return;
    }
    // The greeting's state vector is what is on disk, so a client comparing it with its own can
    // honestly say "backed up".
    if (!this.closed) await this.doc.whenPersisted();
    if (this.closed) {
      this.releaseDoc();
      return;
    }
    this.socket.send(syncMessage(SYNC_STEP1, Y.encodeStateVector(this.doc.doc)), 'reply');
    const states = this.doc.awarenessStates();
    if (states) this.socket.send(states, 'reply');
    this.socket.release('loading');
    void this.drain();
  }

  send(message: Uint8Array) {
    if (!this.closed) this.socket.send(message, 'update');
  }

  close(code: number, reason: string) {
    if (this.closed) return;
    this.closed = true;
    this.socket.closing();
    this.ws.close(code, reason);
    this.deps.log.info(
      { doc: this.docName, user: this.userId, code, reason },
      'connection closed by relay',
    );
  }

  private loadFailed(error: unknown) {
    // An unreachable store is logged once when it goes, not once per retrying client.
    if (error instanceof StoreUnavailable) {
      this.close(CLOSE.serverError, 'the relay cannot reach its storage; retrying');
      return;
    }
    this.deps.log.error({ doc: this.docName, err: error }, 'could not load document');
    this.close(CLOSE.serverError, 'the relay could not load this document; retrying');
  }

  private enqueue(data: Uint8Array) {
    if (this.closed) return;
    this.inbox.push(data);
    if (this.inbox.length >= MAX_QUEUED_MESSAGES) this.socket.hold('inbox');
    void this.drain();
  }

  /** Handles queued messages one at a time; reading resumes once the queue has emptied. */
  private async drain(): Promise<void> {
    if (this.handling || !this.doc) return;
    this.handling = true;
    for (let data = this.inbox.shift(); data; data = this.inbox.shift()) {
      // Live updates are handled synchronously; only replies (which may wait) return a promise.
      const waiting = this.handle(this.doc, data);
      if (waiting) await waiting;
    }
    this.handling = false;
    this.socket.release('inbox');
    if (this.socketClosed) this.releaseDoc();
  }

  private handle(doc: SharedDoc, data: Uint8Array): Promise<void> | undefined {
    if (this.closed) return;
    this.deps.metrics.traffic.bytesIn += data.length;
    if (data.length > this.deps.limits.maxMessageBytes) {
      this.limitClose(
        'message_size',
        CLOSE.messageTooLarge,
        `message of ${data.length} bytes is over the ${this.deps.limits.maxMessageBytes}-byte limit`,
      );
      return;
    }
    const malformed = (error: unknown) => {
      this.deps.log.warn({ doc: this.docName, user: this.userId, err: error }, 'malformed message');
      this.close(CLOSE.malformed, 'malformed message');
    };
    try {
      return this.dispatch(doc, decoding.createDecoder(data))?.catch(malformed);
    } catch (error) {
      malformed(error);
    }
  }

  private dispatch(doc: SharedDoc, decoder: decoding.Decoder): Promise<void> | undefined {
    const type = decoding.readVarUint(decoder);
    this.deps.metrics.messagesIn.inc({ type: MESSAGE_LABELS[type] ?? 'unknown' });
    if (this.overRate()) return;
    switch (type) {
      case MESSAGE_SYNC:
        return this.onSync(doc, decoder);
      case MESSAGE_AWARENESS: {
        const verdict = doc.applyAwareness(decoding.readVarUint8Array(decoder), this);
        // Refused presence is dropped, not fatal: y-websocket re-sends presence every 15 s.
        if (!verdict.ok) this.deps.metrics.awarenessRefused.inc({ reason: verdict.reason });
        return;
      }
      case MESSAGE_QUERY_AWARENESS:
        return this.replies.send(AWARENESS_ESTIMATE_BYTES, () =>
          Promise.resolve(doc.awarenessStates()),
        );
      case MESSAGE_AUTH:
        return;
      default:
        this.close(CLOSE.malformed, `unknown message type ${type}`);
    }
  }

  private onSync(doc: SharedDoc, decoder: decoding.Decoder): Promise<void> | undefined {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === SYNC_STEP1) {
      Y.decodeStateVector(payload); // throws on garbage before we do any work
      return this.replies.send(doc.approxBytes, () => doc.step2For(payload));
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
    } else if (result !== 'applied') {
      this.limitClose('quota', CLOSE.docTooLarge, result.quota);
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

  /**
   * A peer too far behind: told why (1013), but the close frame waits behind everything unsent,
   * so it is cut off if it has not read that far within the slow-reader time.
   */
  private dropSlow() {
    if (this.closed) return;
    this.limitClose(
      'buffered',
      CLOSE.tryLater,
      'client is not reading fast enough; reconnect later',
    );
    const cutOff = setTimeout(() => this.ws.terminate(), this.deps.limits.slowReaderMs);
    this.ws.once('close', () => clearTimeout(cutOff));
  }

  private onSocketClose() {
    this.socketClosed = true;
    this.socket.dispose();
    // While the document loads or messages wait, the doc is released after they are handled.
    if (!this.handling && this.doc) this.releaseDoc();
  }

  private releaseDoc() {
    if (this.released || !this.doc) return;
    this.released = true;
    this.deps.registry.release(this.doc, this);
  }
}
