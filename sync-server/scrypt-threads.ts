import { Worker } from 'node:worker_threads';
import type { ScryptOptions } from 'node:crypto';

/**
 * The worker's whole program. scrypt runs synchronously on the worker's own thread, so password
 * hashing never occupies libuv's thread pool, where LevelDB, files and DNS wait their turn.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', ({ id, password, salt, keyBytes, options }) => {
  try {
    const key = scryptSync(password, Buffer.from(salt), keyBytes, options);
    parentPort.postMessage({ id, key });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message) });
  }
});
`;

type Job = {
  id: number;
  message: { password: string; salt: Uint8Array; keyBytes: number; options: ScryptOptions };
  resolve: (key: Buffer) => void;
  reject: (error: Error) => void;
};

type Reply = { id: number; key?: Uint8Array; error?: string };

/** A thread with nothing to do for this long ends (a V8 isolate costs memory); the next sign-in starts one. */
const IDLE_MS = 10_000;

/**
 * Up to `threads` threads that derive scrypt keys, one job per thread at a time, in order.
 * Threads start when there is work and end when there has been none for a while.
 */
export class ScryptThreads {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly waiting: Job[] = [];
  private readonly idleTimers = new Map<Worker, NodeJS.Timeout>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly threads: number) {}

  derive(password: string, salt: Uint8Array, keyBytes: number, options: ScryptOptions) {
    return new Promise<Buffer>((resolve, reject) => {
      this.waiting.push({
        id: this.nextId++,
        message: { password, salt, keyBytes, options },
        resolve,
        reject,
      });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Error('password hashing stopped'));
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private pump() {
    while (this.waiting.length > 0 && !this.closed) {
      const worker = this.idle.pop() ?? this.spawn();
      if (!worker) return;
      clearTimeout(this.idleTimers.get(worker));
      const job = this.waiting.shift();
      if (!job) return;
      this.busy.set(worker, job);
      worker.postMessage({ id: job.id, ...job.message });
    }
  }

  private spawn(): Worker | null {
    if (this.idle.length + this.busy.size >= this.threads) return null;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (reply: Reply) => this.done(worker, reply));
    worker.on('error', (error) => this.failed(worker, error));
    worker.unref();
    return worker;
  }

  private retireWhenIdle(worker: Worker) {
    this.idleTimers.set(
      worker,
      setTimeout(() => {
        this.idleTimers.delete(worker);
        const at = this.idle.indexOf(worker);
        if (at === -1) return;
        this.idle.splice(at, 1);
        void worker.terminate();
      }, IDLE_MS).unref(),
    );
  }

  private done(worker: Worker, reply: Reply) {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle.push(worker);
    this.retireWhenIdle(worker);
    if (job?.id === reply.id) {
      if (reply.key) job.resolve(Buffer.from(reply.key));
      else job.reject(new Error(`scrypt failed: ${reply.error ?? 'unknown error'}`));
    }
    this.pump();
  }

  private failed(worker: Worker, error: Error) {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    job?.reject(error);
    this.pump();
  }
}
