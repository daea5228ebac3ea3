// One server under the bench's load for the whole run: started once, its clients opened in two
// steps (one per document, then the rest) with its memory sampled between steps, then driven
// through timed rounds. run.ts interleaves the rounds of all servers so that other work on the
// machine weighs on each of them alike.
import { LoadFleet } from './load-processes.ts';
import { type MemoryCosts, type MemoryStage, memoryCosts } from './memory-costs.ts';
import type { BenchOptions } from './options.ts';
import { type LatencySummary, summarize } from './percentiles.ts';
import {
  type MemorySample,
  cpuByLabel,
  cpuSeconds,
  sampleAllAfterGc,
  writeSyscalls,
} from './process-stats.ts';
import type { RunningServer, Target } from './targets.ts';
import { type RunResult, epochMs } from './worker-protocol.ts';

const SETTLE_MS = 1000;
const START_DELAY_MS = 500;
const DRAIN_TIMEOUT_MS = 5000;
const CONNECT_TIMEOUT_MS = 120_000;

export type Mode = 'steady' | 'saturate';

export type PhaseResult = {
  editsSent: number;
  editsPerS: number;
  deliveriesPerS: number;
  delivery: LatencySummary;
  /** Send → arrival at the last peer of the document. */
  allPeers: LatencySummary;
  editsUndelivered: number;
  /** Connections lost, by close code and reason. */
  disconnects: Record<string, number>;
  serverCpuPercent: number;
  serverCpuMsPer1000Edits: number;
  /** Server CPU per update delivered to a peer (every process of the server together). */
  serverCpuUsPerDelivery: number;
  /** CPU of each server process, in % of a core. */
  cpuPercentByProcess: Record<string, number>;
  /** The server's write system calls per edit sent (each delivery costs at least one unless batched). */
  serverWritesPerEdit: number;
  /** CPU of this server's load processes: near 100% per process means the clients set the pace. */
  loadCpuPercent: number;
};

export type TargetResult = {
  steady: PhaseResult;
  saturated: PhaseResult | null;
  memory: Record<MemoryStage, MemorySample>;
  rssCosts: MemoryCosts;
  heapCosts: MemoryCosts;
};

type Rounds = {
  results: RunResult[];
  cpuS: number;
  cpuByProcess: Record<string, number>;
  writeSyscalls: number;
  loadCpuS: number;
  seconds: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function mergeCounts(parts: readonly Record<string, number>[]): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const part of parts) {
    for (const [key, n] of Object.entries(part)) merged[key] = (merged[key] ?? 0) + n;
  }
  return merged;
}

function phaseResult(r: Rounds): PhaseResult {
  const sum = (pick: (x: RunResult) => number) => r.results.reduce((n, x) => n + pick(x), 0);
  const editsSent = sum((x) => x.editsSent);
  const deliveries = sum((x) => x.deliveriesInWindow);
  const percentByProcess = Object.fromEntries(
    Object.entries(r.cpuByProcess).map(([label, s]) => [label, (s / r.seconds) * 100]),
  );
  return {
    editsSent,
    editsPerS: sum((x) => x.editsCompletedInWindow) / r.seconds,
    deliveriesPerS: sum((x) => x.deliveriesInWindow) / r.seconds,
    delivery: summarize(r.results.map((x) => x.deliveryLatenciesMs)),
    allPeers: summarize(r.results.map((x) => x.editLatenciesMs)),
    editsUndelivered: sum((x) => x.editsUndelivered),
    disconnects: mergeCounts(r.results.map((x) => x.disconnects)),
    serverCpuPercent: (r.cpuS / r.seconds) * 100,
    serverCpuMsPer1000Edits: (r.cpuS * 1000 * 1000) / Math.max(1, editsSent),
    serverCpuUsPerDelivery: (r.cpuS * 1e6) / Math.max(1, deliveries),
    cpuPercentByProcess: percentByProcess,
    serverWritesPerEdit: r.writeSyscalls / Math.max(1, editsSent),
    loadCpuPercent: (r.loadCpuS / r.seconds) * 100,
  };
}

export class TargetSession {
  private readonly rounds: Record<Mode, Rounds> = {
    steady: { results: [], cpuS: 0, cpuByProcess: {}, writeSyscalls: 0, loadCpuS: 0, seconds: 0 },
    saturate: { results: [], cpuS: 0, cpuByProcess: {}, writeSyscalls: 0, loadCpuS: 0, seconds: 0 },
  };
  private afterLoad: MemorySample | null = null;

  private constructor(
    private readonly server: RunningServer,
    private readonly fleet: LoadFleet,
    private readonly memory: Omit<Record<MemoryStage, MemorySample>, 'afterLoad'>,
    private readonly counts: { firsts: number; rest: number },
  ) {}

  static async open(target: Target, o: BenchOptions): Promise<TargetSession> {
    const server = await target.start({
      docs: o.docs,
      clients: o.clients,
      editsPerClientPerS: o.rate,
    });
    let fleet: LoadFleet | null = null;
    try {
      const docs = await server.prepareDocs(o.docs);
      fleet = await LoadFleet.start({
        kind: server.clientKind,
        serverUrls: server.serverUrls,
        docs,
        clients: o.clients,
        workers: o.workers,
        connectTimeoutMs: CONNECT_TIMEOUT_MS,
      });
      const settled = async () => {
        await sleep(SETTLE_MS);
        return sampleAllAfterGc(server.processes);
      };
      const baseline = await settled();
      const firsts = await fleet.connect('first', CONNECT_TIMEOUT_MS + 10_000);
      const docsOpen = await settled();
      const rest = await fleet.connect('rest', CONNECT_TIMEOUT_MS + 10_000);
      const allConnected = await settled();
      return new TargetSession(
        server,
        fleet,
        { baseline, docsOpen, allConnected },
        { firsts, rest },
      );
    } catch (error) {
      await fleet?.close();
      await server.stop();
      throw error;
    }
  }

  /** One timed round; its counts, samples and server CPU add to the mode's totals. */
  async round(mode: Mode, seconds: number, editsPerClientPerS: number): Promise<void> {
    const startAtMs = epochMs() + START_DELAY_MS;
    const endAtMs = startAtMs + seconds * 1000;
    // Settled at once into a value, so a load process that fails while the server is being
    // measured cannot end the whole bench as an unhandled rejection; it fails this round below.
    const running = this.fleet
      .run(
        {
          type: 'run',
          mode,
          seconds,
          editsPerClientPerS,
          startAtMs,
          drainTimeoutMs: DRAIN_TIMEOUT_MS,
        },
        seconds * 1000 + DRAIN_TIMEOUT_MS + 30_000,
      )
      .then(
        (results) => ({ ok: true as const, results }),
        (error: unknown) => ({ ok: false as const, error }),
      );
    const loadCpuS = async () => {
      const each = await Promise.all(this.fleet.pids.map((pid) => cpuSeconds(pid)));
      return each.reduce((a, b) => a + b, 0);
    };
    await sleep(startAtMs - epochMs());
    const { processes } = this.server;
    const writesOf = async () =>
      (await Promise.all(processes.map((p) => writeSyscalls(p.pid).catch(() => 0)))).reduce(
        (a, b) => a + b,
        0,
      );
    const cpuStart = await cpuByLabel(processes);
    const writesStart = await writesOf();
    const loadStartS = await loadCpuS();
    await sleep(endAtMs - epochMs());
    const cpuEnd = await cpuByLabel(processes);
    const writes = (await writesOf()) - writesStart;
    const loadS = (await loadCpuS()) - loadStartS;
    const outcome = await running;
    if (!outcome.ok) throw outcome.error;
    const { results } = outcome;
    const totals = this.rounds[mode];
    totals.results.push(...results);
    for (const [label, s] of Object.entries(cpuEnd)) {
      const used = s - (cpuStart[label] ?? 0);
      totals.cpuByProcess[label] = (totals.cpuByProcess[label] ?? 0) + used;
      totals.cpuS += used;
    }
    totals.writeSyscalls += writes;
    totals.loadCpuS += loadS;
    totals.seconds += seconds;
  }

  /** Samples memory once the steady rounds are done (documents now hold their edits). */
  async sampleAfterLoad(): Promise<void> {
    await sleep(SETTLE_MS);
    this.afterLoad = await sampleAllAfterGc(this.server.processes);
  }

  result(): TargetResult {
    const memory = { ...this.memory, afterLoad: this.afterLoad ?? this.memory.allConnected };
    const pick = (field: keyof MemorySample) => ({
      baseline: memory.baseline[field],
      docsOpen: memory.docsOpen[field],
      allConnected: memory.allConnected[field],
      afterLoad: memory.afterLoad[field],
    });
    const steady = phaseResult(this.rounds.steady);
    const saturated =
      this.rounds.saturate.results.length > 0 ? phaseResult(this.rounds.saturate) : null;
    return {
      steady,
      saturated,
      memory,
      rssCosts: memoryCosts(pick('rssB'), this.counts.firsts, this.counts.rest),
      heapCosts: memoryCosts(pick('heapB'), this.counts.firsts, this.counts.rest),
    };
  }

  async close(): Promise<void> {
    await this.fleet.close();
    await this.server.stop();
  }
}
