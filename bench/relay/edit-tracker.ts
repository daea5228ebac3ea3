// Accounting for one load process: which edits have reached which peers, and how fast. Pure: the
// caller passes the clock, so the rules are testable without sockets.

type PendingEdit = { sentAtMs: number; remainingPeers: number };

export class EditTracker {
  private readonly pending = new Map<string, PendingEdit>();
  /** Per receiving client: the highest sequence number seen from each sender. */
  private readonly lastSeen = new Map<number, Map<number, number>>();
  private readonly deliveryLatencies: number[] = [];
  private readonly editLatencies: number[] = [];
  editsSent = 0;
  editsCompletedInWindow = 0;
  deliveriesInWindow = 0;

  constructor(
    private readonly windowStartMs: number,
    private readonly windowEndMs: number,
    /** Called when an edit has reached every peer, with its sender. */
    private readonly onCompleted: (sender: number) => void = () => {},
  ) {}

  sent(sender: number, seq: number, sentAtMs: number, peers: number): void {
    this.editsSent += 1;
    this.pending.set(`${sender}:${seq}`, { sentAtMs, remainingPeers: peers });
  }

  /**
   * `receiver` now holds `sender`'s edit `seq`. After a resync several edits can arrive as one
   * update, so every unseen edit up to `seq` counts as delivered now.
   */
  received(receiver: number, sender: number, seq: number, nowMs: number): void {
    let seen = this.lastSeen.get(receiver);
    if (!seen) {
      seen = new Map();
      this.lastSeen.set(receiver, seen);
    }
    const from = seen.get(sender) ?? 0;
    if (seq <= from) return;
    seen.set(sender, seq);
    const inWindow = nowMs >= this.windowStartMs && nowMs <= this.windowEndMs;
    for (let s = from + 1; s <= seq; s++) {
      const key = `${sender}:${s}`;
      const edit = this.pending.get(key);
      if (!edit) continue;
      this.deliveryLatencies.push(nowMs - edit.sentAtMs);
      if (inWindow) this.deliveriesInWindow += 1;
      edit.remainingPeers -= 1;
      if (edit.remainingPeers > 0) continue;
      this.pending.delete(key);
      this.editLatencies.push(nowMs - edit.sentAtMs);
      if (inWindow) this.editsCompletedInWindow += 1;
      this.onCompleted(sender);
    }
  }

  get undelivered(): number {
    return this.pending.size;
  }

  latencies(): { deliveryMs: Float64Array<ArrayBuffer>; editMs: Float64Array<ArrayBuffer> } {
    return {
      deliveryMs: Float64Array.from(this.deliveryLatencies),
      editMs: Float64Array.from(this.editLatencies),
    };
  }
}
