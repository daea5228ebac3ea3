// Preloaded into every server under test (with --expose-gc): SIGUSR2 runs a full garbage
// collection and writes the server's own memory figures to BENCH_MEMORY_FILE, so memory is
// sampled after collection rather than wherever V8 happened to be. It changes nothing else.
import { renameSync, writeFileSync } from 'node:fs';

const collect = (globalThis as { gc?: () => void }).gc;
const memoryFile = process.env.BENCH_MEMORY_FILE;
if (!collect || !memoryFile)
  throw new Error('gc-on-signal needs --expose-gc and BENCH_MEMORY_FILE');

process.on('SIGUSR2', () => {
  collect();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  // Written aside and renamed, so the bench never reads half a file.
  writeFileSync(`${memoryFile}.part`, JSON.stringify({ heapUsed, external, arrayBuffers }));
  renameSync(`${memoryFile}.part`, memoryFile);
});
