/**
 * Benjamini–Hochberg step-up procedure controlling the false discovery rate at `q`
 * (Benjamini Y, Hochberg Y (1995) J R Stat Soc B 57(1):289–300). Returns, for each p-value in the
 * input order, the BH-adjusted q-value and whether it is a discovery.
 * Worked example from the 1995 paper (15 p-values, q = 0.05): the 4 smallest are rejected.
 */
export function benjaminiHochberg(
  pValues: readonly number[],
  q: number,
): { qValue: number; discovery: boolean }[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const [p, index] = order[k]!;
    running = Math.min(running, (p * m) / (k + 1));
    adjusted[index] = running;
  }
  return adjusted.map((qValue) => ({ qValue, discovery: qValue <= q }));
}
