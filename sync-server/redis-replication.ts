import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import type { Logger } from './log.ts';
import { Mutex } from './mutex.ts';

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
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly targets = new Map<string, ReplicaTarget>();
  private readonly saving = new Mutex();

  constructor(
    url: string,
    private readonly log: Logger,
  ) {
    this.pub = new Redis(url, { maxRetriesPerRequest: 2 });
    this.sub = new Redis(url);
    for (const client of [this.pub, this.sub]) {
      client.on('error', (error: unknown) => log.warn({ err: error }, 'redis connection problem'));
    }
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.onMessage(channel.toString('utf8'), message),
    );
    // Pub/sub is at-most-once: after a reconnect, re-sync every loaded document.
    this.sub.on('ready', () => {
      for (const [name, target] of this.targets)
        this.publish(name, SYNC_REQUEST, target.stateVector());
    });
  }

  async attach(name: string, target: ReplicaTarget): Promise<void> {
    this.targets.set(name, target);
    await this.sub.subscribe(channel(name));
    this.publish(name, SYNC_REQUEST, target.stateVector());
  }

  /** The last state any relay saved for this document (see saveState), or null. */
  async loadState(name: string): Promise<Uint8Array | null> {
    const state = await this.pub.getBuffer(stateKey(name));
    return state ? new Uint8Array(state) : null;
  }

  /**
   * Merges `state` into the shared copy, so a relay that loads the document after this one let
   * it go starts from everything this one had. WATCH/MULTI retries when another relay saves at
   * the same moment, so neither overwrites the other.
   */
  saveState(name: string, state: Uint8Array): Promise<void> {
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
    await this.sub.unsubscribe(channel(name));
  }

  publishUpdate(name: string, update: Uint8Array) {
    this.publish(name, UPDATE, update);
  }

  publishAwareness(name: string, update: Uint8Array) {
    this.publish(name, AWARENESS, update);
  }

  async close(): Promise<void> {
    await Promise.all([this.pub.quit(), this.sub.quit()]);
  }

  private publish(name: string, kind: number, payload: Uint8Array) {
    const message = Buffer.concat([this.id, Buffer.from([kind]), payload]);
    this.pub.publish(channel(name), message).catch((error: unknown) => {
      this.log.warn({ err: error, doc: name }, 'could not publish to redis');
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
