import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { Traffic } from './metrics.ts';
import type { StateReplyBudget } from './state-replies.ts';
import { sharedFrame } from './ws-frame.ts';

export type OutboundLimits = {
  /** Unsent bytes above which the peer is not read, and broadcast backlog above which it is dropped. */
  maxBufferedBytes: number;
  /** How long a peer over the limit may go without catching up (plus time for its replies). */
  slowReaderMs: number;
};

/** The slowest reading speed allowed for a peer downloading a large reply. */
const MIN_READ_BYTES_PER_S = 256 * 1024;
/**
 * Live updates left unread by one peer from earlier ticks, in multiples of the limit, beyond
 * which it is dropped at once. Below that, a peer over the limit is left to the stall timer.
 */
const UPDATE_BACKLOG_FACTOR = 4;

/**
 * One peer's socket with real backpressure. While its unsent bytes are over the limit the relay
 * stops reading from it (so it cannot ask for more), and a peer that does not catch up in time,
 * or falls far behind on live updates, is dropped. Every frame of one tick goes out in one write.
 */
export class PeerSocket {
  private corked = false;
  /** Unsent update bytes when this tick's first frame was sent. */
  private backlogBefore = 0;
  /** Bytes of full-state replies handed to `ws` and not yet to the kernel. */
  private replyPending = 0;
  private readonly holds = new Set<string>();
  private stallTimer: NodeJS.Timeout | null = null;
  private disposed = false;
  private flushWaiters: Array<() => void> = [];

  constructor(
    private readonly ws: WebSocket,
    /** The socket under `ws` (from the upgrade), corked so that one tick's frames go out in one write. */
    private readonly transport: Duplex,
    private readonly limits: OutboundLimits,
    private readonly budget: StateReplyBudget,
    private readonly traffic: Traffic,
    /** The peer is too slow; the owner closes the connection (1013). */
    private readonly onSlow: () => void,
  ) {}

  get open(): boolean {
    return !this.disposed && this.ws.readyState === this.ws.OPEN;
  }

  /**
   * A live update for everyone (dropping a peer that is too far behind) or a reply to a request
   * (already counted in the reply budget, given back once it reaches the kernel).
   */
  send(message: Uint8Array, kind: 'update' | 'reply') {
    if (!this.open) return;
    // A group commit releases every update of a batch in one tick; corking until the tick ends
    // sends all of them to this peer in one write (one syscall) instead of one write per frame.
    // What the peer left unread from earlier ticks is its backlog; this tick's batch is not.
    if (!this.corked) {
      this.backlogBefore = this.ws.bufferedAmount - this.replyPending;
      this.corked = true;
      this.transport.cork();
      uncorkAtTickEnd(this);
    }
    if (kind === 'update') {
      if (this.backlogBefore > this.limits.maxBufferedBytes * UPDATE_BACKLOG_FACTOR) {
        this.onSlow();
        return;
      }
      // Framed once for every peer (see sharedFrame); ws's own sender is not involved, and
      // ws still counts these bytes in bufferedAmount (they wait in the same socket).
      this.transport.write(sharedFrame(message));
    } else {
      this.sendReply(message);
    }
    this.traffic.messagesOut += 1;
    this.traffic.bytesOut += message.length;
    this.checkOutbound();
  }

  /** Ends this tick's cork: everything sent to the peer in the tick goes out in one write. */
  uncork() {
    this.corked = false;
    this.transport.uncork();
  }

  /** Stops reading from the peer for `reason` until released (reasons add up). */
  hold(reason: string) {
    this.holds.add(reason);
    this.ws.pause();
  }

  release(reason: string) {
    this.holds.delete(reason);
    if (this.holds.size === 0 && !this.disposed) this.ws.resume();
  }

  /** Not read because it has not read what it was sent; the stall timer judges it meanwhile. */
  get catchingUp(): boolean {
    return this.holds.has('outbound');
  }

  /** Resolves once every reply sent so far has reached the kernel (or the connection ended). */
  repliesFlushed(): Promise<void> {
    if (this.replyPending === 0 || this.disposed) return Promise.resolve();
    return new Promise((resolve) => this.flushWaiters.push(resolve));
  }

  /** The relay is closing the connection: read again, so the closing handshake can complete. */
  closing() {
    this.holds.clear();
    this.ws.resume();
  }

  /** The connection ended: whatever it still held of the reply budget is given back. */
  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    if (this.stallTimer) clearTimeout(this.stallTimer);
    this.budget.release(this.replyPending);
    this.replyPending = 0;
    for (const wake of this.flushWaiters.splice(0)) wake();
  }

  private sendReply(message: Uint8Array) {
    const bytes = message.length;
    this.replyPending += bytes;
    this.ws.send(message, { binary: true }, () => {
      if (this.disposed) return;
      this.replyPending -= bytes;
      this.budget.release(bytes);
      if (this.replyPending === 0) for (const wake of this.flushWaiters.splice(0)) wake();
    });
  }

  private checkOutbound() {
    if (this.holds.has('outbound') || this.ws.bufferedAmount <= this.limits.maxBufferedBytes)
      return;
    this.hold('outbound');
    const graceMs = this.limits.slowReaderMs + (this.replyPending / MIN_READ_BYTES_PER_S) * 1000;
    this.stallTimer = setTimeout(() => {
      if (this.holds.has('outbound') && this.open) this.onSlow();
    }, graceMs);
    const onDrain = () => {
      if (!this.open) return;
      if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
        this.transport.once('drain', onDrain);
        return;
      }
      if (this.stallTimer) clearTimeout(this.stallTimer);
      this.stallTimer = null;
      this.release('outbound');
    };
    this.transport.once('drain', onDrain);
  }
}

/** Sockets corked in this tick; one callback at its end uncorks them all. */
const corked: PeerSocket[] = [];

function uncorkAtTickEnd(socket: PeerSocket) {
  if (corked.length === 0) process.nextTick(uncorkAll);
  corked.push(socket);
}

function uncorkAll() {
  for (const socket of corked.splice(0)) socket.uncork();
}
