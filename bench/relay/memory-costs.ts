// Server memory attributed to connections and documents from four samples taken as the load
// builds up: nothing open → one client per document → every client → after the edits.
// Differences of whole-process figures, so indicative rather than exact.

export type MemoryStage = 'baseline' | 'docsOpen' | 'allConnected' | 'afterLoad';

export type MemoryCosts = {
  /** Growth while the second and later clients of each document connected, per 1,000. */
  per1000ConnectionsB: number;
  /** Growth while the first client of each document connected, minus that connection's cost. */
  perDocOpenedB: number;
  /** Growth from the baseline to after the edits, minus every connection's cost, per document. */
  perDocAfterLoadB: number;
};

export function memoryCosts(
  bytes: Record<MemoryStage, number>,
  docs: number,
  laterConnections: number,
): MemoryCosts {
  const perConnectionB = (bytes.allConnected - bytes.docsOpen) / Math.max(1, laterConnections);
  const connections = docs + laterConnections;
  return {
    per1000ConnectionsB: perConnectionB * 1000,
    perDocOpenedB: (bytes.docsOpen - bytes.baseline) / docs - perConnectionB,
    perDocAfterLoadB: (bytes.afterLoad - bytes.baseline - connections * perConnectionB) / docs,
  };
}
