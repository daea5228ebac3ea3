// Every process and temporary directory the bench makes is registered here and removed when the
// bench ends, however it ends (normal exit, error, Ctrl-C).
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

const children = new Set<ChildProcess>();
/** Processes not started as our children (a PostgreSQL cluster), killed the same way. */
const strays = new Set<number>();
const tempDirs = new Set<string>();

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function trackPid(pid: number): () => void {
  strays.add(pid);
  return () => strays.delete(pid);
}

export function trackTempDir(dir: string): string {
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** Asks a process to stop (SIGTERM lets our relay flush), then kills it after `graceMs`. */
export async function stop(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

function killEverything(): void {
  for (const child of children) child.kill('SIGKILL');
  for (const pid of strays) {
    try {
      process.kill(pid, 'SIGQUIT');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}

export function installCleanup(): void {
  process.on('exit', killEverything);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the servers and load processes`);
      killEverything();
      process.exit(130);
    });
  }
}
