import type { CliIo } from '../io.ts';

/** A CliIo that keeps what a command writes, for in-process tests. */
export function captureIo(errIsTty = false): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    errIsTty,
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}
