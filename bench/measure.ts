/** Shared timing helpers for benchmarks: warm up, then take the median of several runs. */
export function medianMs(fn: () => void, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

export async function medianMsAsync(
  fn: () => Promise<void>,
  runs = 5,
  warmup = 1,
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/** One result line: a ratio first (against the same-run reference), then absolute context. */
export function report(label: string, ratio: number, context: string): void {
  console.log(`${label.padEnd(48)} ${ratio.toFixed(2)}x   (${context})`);
}
