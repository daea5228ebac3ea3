// The bench's printed output: absolute figures per server first, the ratios on the last lines.
import { loadavg } from 'node:os';
import type { PhaseResult, TargetResult } from './target-session.ts';
import type { FaultResult } from './fault-run.ts';
import type { BenchOptions, TargetName } from './options.ts';

const MIB = 1024 * 1024;
const KIB = 1024;

const ms = (v: number | undefined) =>
  v !== undefined && Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a';
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a';

export function printHeader(o: BenchOptions): void {
  const saturating =
    o.saturateSeconds > 0
      ? `, then ${o.saturateSeconds} s saturating (each client edits again as soon as its last ` +
        `edit reached every peer)`
      : '';
  console.log(
    `relay bench: ${o.clients} clients over ${o.docs} documents on 127.0.0.1, ${o.workers} load ` +
      `processes per server; steady phase ${o.seconds} s at ${o.rate} edit/s per client ` +
      `(${o.clients * o.rate} edits/s offered)${saturating}; each phase in ${o.rounds} rounds ` +
      `taken in turn by the servers`,
  );
  printLoad();
}

/** Other work on the machine skews latency; say how busy it was. */
export function printLoad(): void {
  const [one, five] = loadavg();
  console.log(`machine load average: ${one?.toFixed(1)} (1 min), ${five?.toFixed(1)} (5 min)`);
}

function lostConnections(byReason: Record<string, number>): string {
  const entries = Object.entries(byReason);
  if (entries.length === 0) return 'no connection lost';
  const total = entries.reduce((n, [, count]) => n + count, 0);
  return `${total} connections lost (${entries.map(([why, n]) => `${n}× ${why}`).join(', ')})`;
}

function printPhase(label: string, p: PhaseResult): void {
  console.log(
    `  ${label.padEnd(10)} ${p.editsPerS.toFixed(0)} edits/s reached every peer, ` +
      `${p.deliveriesPerS.toFixed(0)} fan-out deliveries/s; server CPU ` +
      `${p.serverCpuPercent.toFixed(0)}% of a core, ${p.serverCpuMsPer1000Edits.toFixed(0)} ms per 1,000 edits, ` +
      `${p.serverWritesPerEdit.toFixed(1)} write syscalls per edit; ` +
      `clients' CPU ${p.loadCpuPercent.toFixed(0)}%`,
  );
  const byProcess = Object.entries(p.cpuPercentByProcess);
  if (byProcess.length > 1) {
    console.log(
      `  ${''.padEnd(10)} CPU by process: ${byProcess.map(([label, pct]) => `${label} ${pct.toFixed(0)}%`).join(', ')}`,
    );
  }
  console.log(
    `  ${''.padEnd(10)} server CPU per delivered update ${p.serverCpuUsPerDelivery.toFixed(1)} µs (all processes)`,
  );
  console.log(
    `  ${''.padEnd(10)} latency per delivery p50 ${ms(p.delivery.p50Ms)}, p95 ${ms(p.delivery.p95Ms)}, ` +
      `p99 ${ms(p.delivery.p99Ms)}, max ${ms(p.delivery.maxMs)}; to every peer p95 ` +
      `${ms(p.allPeers.p95Ms)}; ${p.editsSent} edits, ${p.editsUndelivered} undelivered, ` +
      `${lostConnections(p.disconnects)}`,
  );
}

export function printTarget(name: TargetName, description: string, r: TargetResult): void {
  console.log(`\n### ${name}: ${description}`);
  printPhase('steady', r.steady);
  if (r.saturated) printPhase('saturated', r.saturated);
  const m = r.memory;
  const mib = (b: number) => (b / MIB).toFixed(0);
  console.log(
    `  server RSS ${mib(m.baseline.rssB)} → ${mib(m.docsOpen.rssB)} (documents open) → ` +
      `${mib(m.allConnected.rssB)} (all connected) → ${mib(m.afterLoad.rssB)} MiB (after steady edits)`,
  );
  for (const [label, c] of [
    ['RSS', r.rssCosts],
    ['heap+ext', r.heapCosts],
  ] as const) {
    console.log(
      `  ${label.padEnd(10)} ${(c.per1000ConnectionsB / MIB).toFixed(1)} MiB per 1,000 connections, ` +
        `${(c.perDocOpenedB / KIB).toFixed(0)} KiB per document opened, ` +
        `${(c.perDocAfterLoadB / KIB).toFixed(0)} KiB per document after edits`,
    );
  }
}

export function printFailure(name: TargetName, error: unknown): void {
  console.log(`\n### ${name}: FAILED — ${error instanceof Error ? error.message : String(error)}`);
}

/** Throughput compares the saturating phase when it ran (the steady phase only offers a fixed load). */
const throughput = (r: TargetResult | undefined) => (r?.saturated ?? r?.steady)?.deliveriesPerS;

export function printRatios(results: Partial<Record<TargetName, TargetResult>>): void {
  const { ours, reference, hocuspocus, pair } = results;
  const phase = Object.values(results).some((r) => r.saturated) ? 'saturated' : 'steady';
  const cpu = (r: TargetResult | undefined) => r?.steady.serverCpuUsPerDelivery;
  const rss = (r: TargetResult | undefined) => r?.memory.allConnected.rssB;
  console.log('');
  console.log(
    `ours/reference server CPU per delivered update (steady): ${ratio(cpu(ours), cpu(reference))} ` +
      `(target <= 0.8x; ours with auth + fsynced storage); pair/reference ${ratio(cpu(pair), cpu(reference))} ` +
      `(both relays, Redis and PostgreSQL together)`,
  );
  console.log(
    `server RSS with every client connected: ours ${mib(rss(ours))}, reference ${mib(rss(reference))}, ` +
      `ours/reference ${ratio(rss(ours), rss(reference))} (target <= 1.0x); pair (both relays) ${mib(rss(pair))}`,
  );
  console.log(
    `ours/reference server write syscalls per edit (steady; saturated): ` +
      `${ratio(ours?.steady.serverWritesPerEdit, reference?.steady.serverWritesPerEdit)}; ` +
      `${ratio(ours?.saturated?.serverWritesPerEdit, reference?.saturated?.serverWritesPerEdit)}`,
  );
  console.log(
    `throughput (${phase} deliveries/s) ours/reference ${ratio(throughput(ours), throughput(reference))} ` +
      `(target >= 0.8x), pair/reference ${ratio(throughput(pair), throughput(reference))}, ` +
      `ours/hocuspocus ${ratio(throughput(ours), throughput(hocuspocus))}`,
  );
  console.log(
    `p95 fan-out latency (steady): ours ${ms(ours?.steady.delivery.p95Ms)} (target < 50 ms), ` +
      `pair ${ms(pair?.steady.delivery.p95Ms)}, reference ${ms(reference?.steady.delivery.p95Ms)}, ` +
      `hocuspocus ${ms(hocuspocus?.steady.delivery.p95Ms)}`,
  );
}

const mib = (b: number | undefined) => (b === undefined ? 'n/a' : `${(b / MIB).toFixed(0)} MiB`);

export function printFault(
  size: { docs: number; clientsPerDoc: number; editsPerClientPerS: number },
  seconds: number,
  r: FaultResult,
): void {
  console.log(
    `\n### fault run: two relays + Redis + PostgreSQL, ${size.docs} documents × ${size.clientsPerDoc} ` +
      `clients at ${size.editsPerClientPerS} edit/s for ${seconds} s; one relay SIGKILLed and restarted, ` +
      `then Redis restarted`,
  );
  console.log(
    `  ${r.editsMade} edits made, ${r.editsAcknowledged} acknowledged, ${r.acknowledgedLost} acknowledged ` +
      `edits lost (target 0); every client converged: ${r.converged ? 'yes' : 'NO'} ` +
      `(${(r.convergeMs / 1000).toFixed(1)} s after the load stopped)`,
  );
}
