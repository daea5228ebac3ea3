// Server cost read from the kernel's view of the server process (Linux /proc), so every server is
// measured the same way whatever it runs on.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';

const clockTicksPerS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** Resident set size in bytes (`VmRSS` in /proc/<pid>/status). */
export async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`No VmRSS line for process ${pid}; has it exited?`);
  return Number(match[1]) * 1024;
}

/** User + system CPU time the process has used so far, in seconds (/proc/<pid>/stat fields 14, 15). */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces and parentheses, so count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utimeTicks = Number(fields[11]);
  const stimeTicks = Number(fields[12]);
  if (!Number.isFinite(utimeTicks) || !Number.isFinite(stimeTicks)) {
    throw new Error(`Cannot read CPU times from /proc/${pid}/stat`);
  }
  return (utimeTicks + stimeTicks) / clockTicksPerS;
}

/**
 * Write system calls (write, writev, sendmsg…) the process has made so far (`syscw` in
 * /proc/<pid>/io): unlike CPU time, this does not grow when the machine is busy.
 */
export async function writeSyscalls(pid: number): Promise<number> {
  const io = await readFile(`/proc/${pid}/io`, 'utf8');
  const match = /^syscw:\s+(\d+)$/m.exec(io);
  if (!match?.[1]) throw new Error(`No syscw line in /proc/${pid}/io; has it exited?`);
  return Number(match[1]);
}

/** A full GC takes milliseconds, but a server starved by other work may answer late. */
const REPORT_TIMEOUT_MS = 15_000;

const HeapSchema = z.object({ heapUsed: z.number(), external: z.number() });

export type MemorySample = { rssB: number; heapB: number };

/**
 * Triggers a full GC in the server (gc-on-signal.ts, SIGUSR2) and reads its RSS once the server
 * has written its V8 heap + external figure to `memoryFile`.
 */
export async function sampleAfterGc(pid: number, memoryFile: string): Promise<MemorySample> {
  await rm(memoryFile, { force: true });
  process.kill(pid, 'SIGUSR2');
  const deadlineMs = Date.now() + REPORT_TIMEOUT_MS;
  while (Date.now() < deadlineMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const text = await readFile(memoryFile, 'utf8').catch(() => null);
    if (text === null) continue;
    const heap = HeapSchema.parse(JSON.parse(text));
    return { rssB: await rssBytes(pid), heapB: heap.heapUsed + heap.external };
  }
  throw new Error(
    `server ${pid} did not report its memory within ${REPORT_TIMEOUT_MS / 1000} s of SIGUSR2`,
  );
}

/** CPU seconds of each process so far, by label (processes that have exited count as 0). */
export async function cpuByLabel(
  processes: readonly { label: string; pid: number }[],
): Promise<Record<string, number>> {
  const entries = await Promise.all(
    processes.map(async (p) => [p.label, await cpuSeconds(p.pid).catch(() => 0)] as const),
  );
  const byLabel: Record<string, number> = {};
  for (const [label, s] of entries) byLabel[label] = (byLabel[label] ?? 0) + s;
  return byLabel;
}

/** Memory of every Node server process (after a full GC in each), added up. */
export async function sampleAllAfterGc(
  processes: readonly { pid: number; memoryFile: string | null }[],
): Promise<MemorySample> {
  const samples = await Promise.all(
    processes.flatMap((p) => (p.memoryFile ? [sampleAfterGc(p.pid, p.memoryFile)] : [])),
  );
  return samples.reduce((a, b) => ({ rssB: a.rssB + b.rssB, heapB: a.heapB + b.heapB }), {
    rssB: 0,
    heapB: 0,
  });
}
