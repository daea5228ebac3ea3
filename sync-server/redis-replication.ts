import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { Logger } from './log.ts';
import { Mutex } from './mutex.ts';
import { StoreUnavailable, type Reachability } from './reachability.ts';
import { trackedRedis, type TrackedRedis } from './redis-client.ts';
import { isRedisUnreachable } from './unreachable-errors.ts';

// Pattern A of SYNC-RESEARCH.md §6: every relay keeps its own copy of a loaded document and
// Redis pub/sub carries updates between them (one channel per document). Messages are
// [16-byte sender id][kind][payload]; a sender ignores its own echoes.
const UPDATE = 0;
const SYNC_REQUEST = 1; // payload: state vector; peers answer with a diff and their own vector
const SYNC_REPLY = 2; // payload: state vector; the receiver answers with a diff
const AWARENESS = 3;
const ID_BYTES = 16;
const EMPTY_UPDATE_BYTES = 2;

/** What replication needs of a loaded document. */
export interface ReplicaTarget {
  stateVector(): Uint8Array;
  diffSince(stateVector: Uint8Array): Uint8Array;
  applyRemote(update: Uint8Array): void;
  applyRemoteAwareness(update: Uint8Array): void;
}

export class RedisReplication {
  private readonly id = randomBytes(ID_BYTES);
  private readonly publisher: TrackedRedis;
  private readonly subscriber: TrackedRedis;
  private readonly targets = new Map<string, ReplicaTarget>();
  /** Channels of documents let go while Redis was away; ioredis re-subscribes them on reconnect. */
  private readonly lapsed = new Set<string>();
  private readonly saving = new Mutex();

  constructor(
    url: string,
    private readonly reachability: Reachability,
    commandTimeoutMs: number,
    private readonly log: Logger,
  ) {
    const options = { maxRetriesPerRequest: 2, commandTimeout: commandTimeoutMs };
    this.publisher = trackedRedis(url, 'publish', reachability, options);
    // No command timeout here: a subscribed connection only hears from Redis when someone publishes.
    this.subscriber = trackedRedis(url, 'subscribe', reachability, { maxRetriesPerRequest: 2 });
    this.subscriber.client.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.onMessage(channel.toString('utf8'), message),
    );
    // Pub/sub is at-most-once, and nothing is published while Redis is away: once every
    // connection is back, exchange state vectors for every loaded document, so each relay sends
    // the others whatever they missed, in both directions.
    reachability.onRecovered(() => {
      this.resyncAll().catch((error: unknown) => {
        this.log.warn({ err: error }, 'could not re-sync documents after redis came back');
      });
    });
  }

  private get pub() {
    return this.publisher.client;
  }

  private get sub() {
    return this.subscriber.client;
  }

  /** True while every connection to Redis is up (else state is kept locally until it is). */
  get reachable(): boolean {
    return this.reachability.reachable;
  }

  /**
   * Starts replicating a loaded document. While Redis is away the document is served from this
   * relay alone and joins the others when Redis is back (see resyncAll).
   */
  async attach(name: string, target: ReplicaTarget): Promise<void> {
    this.targets.set(name, target);
    this.lapsed.delete(name);
    if (!this.reachability.reachable) return;
    await this.sub.subscribe(channel(name));
    this.publish(name, SYNC_REQUEST, target.stateVector());
  }

  /** The last state any relay saved for this document (see saveState), or null. */
  async loadState(name: string): Promise<Uint8Array | null> {
    const state = await this.reachability.guard(
      () => this.pub.getBuffer(stateKey(name)),
      isRedisUnreachable,
    );
    return state ? new Uint8Array(state) : null;
  }

  /**
   * Merges `state` into the shared copy, so a relay that loads the document after this one let
   * it go starts from everything this one had. WATCH/MULTI retries when another relay saves at
   * the same moment, so neither overwrites the other.
   */
  saveState(name: string, state: Uint8Array): Promise<void> {
    // While Redis is away a save fails at once: the document is safe in DATA_DIR, and idle ones
    // stay loaded until Redis is back (see DocRegistry).
    if (!this.reachability.reachable) return Promise.reject(new StoreUnavailable('redis'));
    // WATCH belongs to the connection, so saves on it go one at a time.
    return this.saving.run(async () => {
      const key = stateKey(name);
      for (let attempt = 0; attempt < 10; attempt++) {
        await this.pub.watch(key);
        const current = await this.pub.getBuffer(key);
        const merged = current ? Y.mergeUpdates([new Uint8Array(current), state]) : state;
        const result = await this.pub.multi().set(key, Buffer.from(merged)).exec();
        if (result !== null) return;
      }
      throw new Error(`could not save the shared state of ${name}: too much contention`);
    });
  }

  async detach(name: string): Promise<void> {
    this.targets.delete(name);
    // While Redis is away there is no one to tell; the re-sync unsubscribes once it is back.
    if (this.reachability.reachable) await this.sub.unsubscribe(channel(name));
    else this.lapsed.add(name);
  }

  publishUpdate(name: string, update: Uint8Array) {
    this.publish(name, UPDATE, update);
  }

  publishAwareness(name: string, update: Uint8Array) {
    this.publish(name, AWARENESS, update);
  }

  async close(): Promise<void> {
    await Promise.all([this.publisher.quit(), this.subscriber.quit()]);
  }

  private async resyncAll(): Promise<void> {
    const lapsed = [...this.lapsed];
    this.lapsed.clear();
    if (lapsed.length > 0) await this.sub.unsubscribe(...lapsed.map(channel));
    const names = [...this.targets.keys()];
    if (names.length === 0) return;
    // ioredis re-subscribes on reconnect; waiting for our own SUBSCRIBE to be answered makes sure
    // we hear the replies to the requests below.
    await this.sub.subscribe(...names.map(channel));
    for (const [name, target] of this.targets)
      this.publish(name, SYNC_REQUEST, target.stateVector());
    this.log.info({ documents: names.length }, 're-syncing documents with the other relays');
  }

  private publish(name: string, kind: number, payload: Uint8Array) {
    // Nothing is queued while Redis is away: the re-sync after it returns sends the difference.
    if (!this.reachability.reachable) return;
    const message = Buffer.concat([this.id, Buffer.from([kind]), payload]);
    this.pub.publish(channel(name), message).catch((error: unknown) => {
      // The connection dropping reports itself (once); this only matters for debugging.
      this.log.debug({ err: error, doc: name }, 'could not publish to redis');
    });
  }

  private onMessage(channelName: string, message: Buffer) {
    const name = channelName.slice(CHANNEL_PREFIX.length);
    const target = this.targets.get(name);
    if (!target || message.length <= ID_BYTES || message.subarray(0, ID_BYTES).equals(this.id))
      return;
    const kind = message[ID_BYTES];
    const payload = new Uint8Array(message.subarray(ID_BYTES + 1));
    try {
      if (kind === UPDATE) target.applyRemote(payload);
      else if (kind === AWARENESS) target.applyRemoteAwareness(payload);
      else if (kind === SYNC_REQUEST || kind === SYNC_REPLY) {
        const diff = target.diffSince(payload);
        if (diff.length > EMPTY_UPDATE_BYTES) this.publish(name, UPDATE, diff);
        if (kind === SYNC_REQUEST) this.publish(name, SYNC_REPLY, target.stateVector());
      }
    } catch (error) {
      this.log.warn({ err: error, doc: name, kind }, 'ignored a bad message from redis');
    }
  }
}

const CHANNEL_PREFIX = 'splits:doc:';
const channel = (name: string) => `${CHANNEL_PREFIX}${name}`;
const stateKey = (name: string) => `splits:state:${name}`;
