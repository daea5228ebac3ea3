// The parent's side of the load-generator processes: fork, configure, and exchange one message
// at a time with each, with a time limit on every wait.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stop, track } from './child-processes.ts';
import type { BenchDoc } from './targets.ts';
import {
  type ClientKind,
  type DocAssignment,
  type FromWorker,
  FromWorkerSchema,
  type RunResult,
  type ToWorker,
} from './worker-protocol.ts';

const WORKER_PATH = fileURLToPath(new URL('./load-worker.ts', import.meta.url));

type Waiter = {
  type: FromWorker['type'];
  resolve: (m: FromWorker) => void;
  reject: (e: Error) => void;
};

class LoadProcess {
  private waiter: Waiter | null = null;
  private failure: Error | null = null;
  readonly pid: number;

  constructor(
    readonly index: number,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (raw: unknown) => this.onMessage(raw));
    if (child.pid === undefined) throw new Error(`load process ${index} did not start`);
    this.pid = child.pid;
    child.once('exit', (code, signal) =>
      this.fail(new Error(`load process ${index} exited (${code ?? signal})`)),
    );
  }

  private onMessage(raw: unknown): void {
    const parsed = FromWorkerSchema.safeParse(raw);
    if (!parsed.success)
      return this.fail(new Error(`load process ${this.index} sent ${String(raw)}`));
    const message = parsed.data;
    if (message.type === 'error') {
      return this.fail(new Error(`load process ${this.index}: ${message.message}`));
    }
    if (this.waiter?.type === message.type) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve(message);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const w = this.waiter;
    this.waiter = null;
    w?.reject(error);
  }

  post(message: ToWorker): void {
    this.child.send(message);
  }

  /** Waits for the next message of `type` (after sending `message`, if any). */
  async exchange<T extends FromWorker['type']>(
    type: T,
    message: ToWorker | null,
    timeoutMs: number,
  ): Promise<Extract<FromWorker, { type: T }>> {
    if (this.failure) throw this.failure;
    let timer: NodeJS.Timeout | undefined;
    try {
      return await new Promise<Extract<FromWorker, { type: T }>>((resolve, reject) => {
        this.waiter = {
          type,
          resolve: (m) => resolve(m as Extract<FromWorker, { type: T }>),
          reject,
        };
        timer = setTimeout(
          () =>
            reject(new Error(`load process ${this.index}: no "${type}" within ${timeoutMs} ms`)),
          timeoutMs,
        );
        if (message) this.post(message);
      });
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.child.connected) this.child.send({ type: 'close' } satisfies ToWorker);
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    const timer = setTimeout(() => void stop(this.child, 1000), 5000);
    await exited;
    clearTimeout(timer);
  }
}

export type LoadPlan = {
  kind: ClientKind;
  serverUrls: readonly string[];
  docs: readonly BenchDoc[];
  clients: number;
  workers: number;
  connectTimeoutMs: number;
};

/** Spreads `clients` over the documents as evenly as possible, whole documents per process. */
export function assign(plan: LoadPlan): DocAssignment[][] {
  const perProcess = Array.from({ length: plan.workers }, (): DocAssignment[] => []);
  const base = Math.floor(plan.clients / plan.docs.length);
  const extra = plan.clients % plan.docs.length;
  plan.docs.forEach((doc, i) => {
    perProcess[i % plan.workers]?.push({ ...doc, clients: base + (i < extra ? 1 : 0) });
  });
  return perProcess.filter((docs) => docs.length > 0);
}

export class LoadFleet {
  private constructor(private readonly processes: LoadProcess[]) {}

  static async start(plan: LoadPlan): Promise<LoadFleet> {
    const processes = assign(plan).map((docs, index) => {
      const child = track(
        fork(WORKER_PATH, [], {
          execArgv: ['--import', 'tsx'],
          serialization: 'advanced',
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }),
      );
      return { process: new LoadProcess(index, child), docs };
    });
    const fleet = new LoadFleet(processes.map((p) => p.process));
    try {
      // Loading a worker under tsx takes over 30 s on a machine busy with other work.
      await Promise.all(processes.map((p) => p.process.exchange('ready', null, 120_000)));
      for (const p of processes) {
        p.process.post({
          type: 'configure',
          kind: plan.kind,
          serverUrls: [...plan.serverUrls],
          docs: p.docs,
          connectTimeoutMs: plan.connectTimeoutMs,
        });
      }
    } catch (error) {
      await fleet.close();
      throw error;
    }
    return fleet;
  }

  get pids(): number[] {
    return this.processes.map((p) => p.pid);
  }

  async connect(group: 'first' | 'rest', timeoutMs: number): Promise<number> {
    const replies = await Promise.all(
      this.processes.map((p) => p.exchange('connected', { type: 'connect', group }, timeoutMs)),
    );
    return replies.reduce((n, r) => n + r.clients, 0);
  }

  async run(message: Extract<ToWorker, { type: 'run' }>, timeoutMs: number): Promise<RunResult[]> {
    const replies = await Promise.all(
      this.processes.map((p) => p.exchange('result', message, timeoutMs)),
    );
    return replies.map((r) => r.result);
  }

  async close(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.close()));
  }
}
