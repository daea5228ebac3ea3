/**
 * What full-state replies (sync step 2, awareness states) may cost. They are the only replies
 * whose size a client chooses (by asking for a large document), so they are limited by bytes:
 * each connection has a byte rate, and all connections together a budget of reply bytes not
 * yet handed to the kernel. A request waits (its connection stops being read) until both allow it.
 */
/** Replies this small are counted but never wait for the budget. */
export const SMALL_REPLY_BYTES = 64 * 1024;

export class StateReplyBudget {
  private inFlight = 0;
  private readonly waiters: Array<{ bytes: number; grant: () => void }> = [];

  constructor(private readonly budgetBytes: number) {}

  /**
   * Resolves once `bytes` (an estimate of the reply, counted from then on) fit: while replies in
   * flight are under the budget. Waiters are let in one at a time, in order.
   */
  reserve(bytes: number): Promise<void> {
    // Small replies (a client that is nearly up to date) never queue behind large ones.
    if (bytes <= SMALL_REPLY_BYTES) {
      this.inFlight += bytes;
      return Promise.resolve();
    }
    return new Promise((grant) => {
      this.waiters.push({ bytes, grant });
      this.admit();
    });
  }

  /** Corrects a reservation once the reply's real size is known (`delta` = real − estimate). */
  adjust(delta: number) {
    this.inFlight += delta;
    this.admit();
  }

  /** Reply bytes that reached the kernel (or whose connection ended). */
  release(bytes: number) {
    this.inFlight -= bytes;
    this.admit();
  }

  get bytesInFlight(): number {
    return this.inFlight;
  }

  private admit() {
    while (this.inFlight < this.budgetBytes && this.waiters.length > 0) {
      const next = this.waiters.shift();
      if (!next) return;
      this.inFlight += next.bytes;
      next.grant();
    }
  }
}

/**
 * One connection's byte rate for full-state replies: a reply may start whenever the allowance is
 * not negative, and its size is then taken (it may go negative: a large first reply is served at
 * once, and the next waits until the rate has paid for it).
 */
export class ByteAllowance {
  private allowance = 0;
  private lastMs: number;

  constructor(
    private readonly bytesPerS: number,
    nowMs: number,
  ) {
    this.lastMs = nowMs;
  }

  /** How long until the next reply may start (0: now). */
  waitMs(nowMs: number): number {
    this.refill(nowMs);
    return this.allowance >= 0 ? 0 : Math.ceil((-this.allowance / this.bytesPerS) * 1000);
  }

  take(bytes: number, nowMs: number) {
    this.refill(nowMs);
    this.allowance -= bytes;
  }

  private refill(nowMs: number) {
    // Unused allowance does not pile up: a quiet connection gets one reply at once, not a burst.
    this.allowance = Math.min(0, this.allowance + ((nowMs - this.lastMs) / 1000) * this.bytesPerS);
    this.lastMs = nowMs;
  }
}

/** What a connection's replies need of its socket (see PeerSocket). */
export interface ReplySocket {
  readonly open: boolean;
  repliesFlushed(): Promise<void>;
  send(message: Uint8Array, kind: 'reply'): void;
}

/**
 * One connection's full-state replies, paid for in bytes: each waits until the connection's
 * last reply has reached the kernel, its byte rate allows another, and the relay's budget for
 * unsent replies has room (the caller stops reading from the peer meanwhile).
 */
export class StateReplies {
  private readonly allowance: ByteAllowance;

  constructor(
    private readonly socket: ReplySocket,
    bytesPerS: number,
    private readonly budget: StateReplyBudget,
    private readonly onWait: () => void,
  ) {
    this.allowance = new ByteAllowance(bytesPerS, Date.now());
  }

  /** Sends what `make` answers (null: nothing), `estimateBytes` being its size at most. */
  async send(estimateBytes: number, make: () => Promise<Uint8Array | null>): Promise<void> {
    await this.socket.repliesFlushed();
    const waitMs = this.allowance.waitMs(Date.now());
    if (waitMs > 0) {
      this.onWait();
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
    await this.budget.reserve(estimateBytes);
    const message = this.socket.open ? await make() : null;
    const bytes = message && this.socket.open ? message.length : 0;
    this.budget.adjust(bytes - estimateBytes);
    if (!message || bytes === 0) return;
    this.allowance.take(bytes, Date.now());
    this.socket.send(message, 'reply');
  }
}
