import { describe, expect, it } from 'vitest';
import { createMetrics } from '../metrics.ts';
import { MetricHistory } from './metric-history.ts';

describe('the console’s metric history', () => {
  it('turns the registry’s counters into rates and its persist histogram into percentiles', async () => {
    const metrics = createMetrics();
    const history = new MetricHistory(metrics.registry, 3);
    await history.sample(0);
    expect(history.all()).toEqual([]);
    metrics.connections.set(4);
    metrics.messagesIn.inc({ type: 'sync' }, 50);
    metrics.traffic.bytesOut += 20_000;
    for (let i = 0; i < 98; i++) metrics.persistSeconds.observe(0.0008);
    metrics.persistSeconds.observe(0.04);
    metrics.persistSeconds.observe(0.3);
    metrics.closedForLimit.inc({ limit: 'rate' }, 5);
    await history.sample(10_000);
    expect(history.all()[0]).toMatchObject({
      at: '1970-01-01T00:00:10.000Z',
      connections: 4,
      messagesInPerS: 5,
      bytesOutPerS: 2_000,
      persistP50Ms: 1,
      persistP95Ms: 1,
      persistP99Ms: 50,
      limitBreachesPerS: 0.5,
    });
    // An interval with no writes has no latency; the ring keeps only the newest points.
    for (const at of [20_000, 30_000, 40_000]) await history.sample(at);
    const samples = history.all();
    expect(samples.map((s) => s.at.slice(17, 19))).toEqual(['20', '30', '40']);
    expect(samples[2]).toMatchObject({ persistP50Ms: null, messagesInPerS: 0 });
  });
});
