import type { CliIo } from './io.ts';

const WIDTH = 30;

/**
 * A one-line progress bar redrawn on stderr, only when stderr is a terminal: piped or captured
 * output stays clean.
 */
export function progressBar(
  io: CliIo,
  total: number,
): { tick: (done: number) => void; end: () => void } {
  if (!io.errIsTty || total === 0) return { tick: () => undefined, end: () => undefined };
  return {
    tick: (done) => {
      const filled = Math.round((done / total) * WIDTH);
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} files`);
    },
    end: () => io.err('\n'),
  };
}
