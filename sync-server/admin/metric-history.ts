import type { Registry } from 'prom-client';

/** One 10-second point of the console's charts. */
export type MetricSample = {
  at: string;
  connections: number;
  documentsLoaded: number;
  messagesInPerS: number;
  messagesOutPerS: number;
  bytesInPerS: number;
  bytesOutPerS: number;
  /** Persist latency percentiles over the interval (upper bucket bounds), ms; null: no writes. */
  persistP50Ms: number | null;
  persistP95Ms: number | null;
  persistP99Ms: number | null;
  /** Limit closes, refused connections, awareness and quota refusals, per second. */
  limitBreachesPerS: number;
  signInRefusedPerS: number;
};

type MetricJson = Awaited<ReturnType<Registry['getMetricsAsJSON']>>[number];
type Totals = { at: number; counters: Map<string, number>; buckets: Array<[number, number]> };

const COUNTERS = [
  'relay_messages_received_total',
  'relay_messages_sent_total',
  'relay_bytes_received_total',
  'relay_bytes_sent_total',
  'relay_limit_closes_total',
  'relay_connections_refused_total',
  'relay_awareness_refused_total',
  'relay_quota_refusals_total',
  'relay_sign_in_refused_total',
];

const sumOf = (metric: MetricJson | undefined) =>
  (metric?.values ?? []).reduce((sum, v) => sum + v.value, 0);

/**
 * The last hour of the relay's own Prometheus registry at 10 s resolution, in memory (a ring of
 * 360 points): what the console charts. Counters become rates over each interval.
 */
export class MetricHistory {
  private readonly samples: MetricSample[] = [];
  private last: Totals | null = null;

  constructor(
    private readonly registry: Registry,
    private readonly size = 360,
  ) {}

  all(): MetricSample[] {
    return [...this.samples];
  }

  /** Reads the registry now; from the second call on, adds a point. */
  async sample(nowMs: number): Promise<void> {
    const metrics = await this.registry.getMetricsAsJSON();
    const byName = new Map(metrics.map((m) => [m.name, m]));
    const totals: Totals = {
      at: nowMs,
      counters: new Map(COUNTERS.map((name) => [name, sumOf(byName.get(name))])),
      buckets: bucketsOf(byName.get('relay_persist_seconds')),
    };
    const previous = this.last;
    this.last = totals;
    if (!previous) return;
    const seconds = Math.max((nowMs - previous.at) / 1000, 0.001);
    const rate = (...names: string[]) =>
      names.reduce(
        (sum, n) => sum + (totals.counters.get(n) ?? 0) - (previous.counters.get(n) ?? 0),
        0,
      ) / seconds;
    const writes = totals.buckets.map(([le, count], i): [number, number] => [
      le,
      count - (previous.buckets[i]?.[1] ?? 0),
    ]);
    this.samples.push({
      at: new Date(nowMs).toISOString(),
      connections: sumOf(byName.get('relay_connections')),
      documentsLoaded: sumOf(byName.get('relay_documents_loaded')),
      messagesInPerS: rate('relay_messages_received_total'),
      messagesOutPerS: rate('relay_messages_sent_total'),
      bytesInPerS: rate('relay_bytes_received_total'),
      bytesOutPerS: rate('relay_bytes_sent_total'),
      persistP50Ms: percentileMs(writes, 0.5),
      persistP95Ms: percentileMs(writes, 0.95),
      persistP99Ms: percentileMs(writes, 0.99),
      limitBreachesPerS: rate(
        'relay_limit_closes_total',
        'relay_connections_refused_total',
        'relay_awareness_refused_total',
        'relay_quota_refusals_total',
      ),
      signInRefusedPerS: rate('relay_sign_in_refused_total'),
    });
    if (this.samples.length > this.size) this.samples.shift();
  }
}

/** The histogram's cumulative buckets as [upper bound s, count], in bound order. */
function bucketsOf(metric: MetricJson | undefined): Array<[number, number]> {
  return (
    (metric?.values ?? [])
      // The histogram's bucket values are the ones labelled with their upper bound.
      .filter((v) => (v as { metricName?: string }).metricName === 'relay_persist_seconds_bucket')
      .map((v): [number, number] => {
        const le = v.labels.le;
        return [le === '+Inf' ? Infinity : Number(le), v.value];
      })
      .sort((x, y) => x[0] - y[0])
  );
}

/** The upper bound of the bucket holding quantile `q` of the interval's writes, in ms. */
function percentileMs(cumulative: Array<[number, number]>, q: number): number | null {
  const total = cumulative.at(-1)?.[1] ?? 0;
  if (total <= 0) return null;
  const bucket = cumulative.find(([, count]) => count >= q * total);
  const le = bucket?.[0] ?? Infinity;
  return Number.isFinite(le) ? le * 1000 : null;
}
