import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Reachability } from '../reachability.ts';
import { StoreProbe } from './store-probe.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('a store probe', () => {
  it('keeps the time of the last change of state, and the round trip of each answer', async () => {
    let answers = true;
    let clock = 1_000_000;
    const probe = new StoreProbe(
      'postgresql',
      async () => {
        clock += 7;
        if (!answers) throw new Error('connection refused');
      },
      null,
      clock,
    );
    await probe.probe(() => clock);
    expect(probe.read()).toMatchObject({ state: 'reachable', latencyMs: 7, since: iso(1_000_000) });
    answers = false;
    clock = 2_000_000;
    await probe.probe(() => clock);
    expect(probe.read()).toMatchObject({
      state: 'unreachable',
      latencyMs: null,
      since: iso(2_000_007),
    });
    clock = 3_000_000;
    await probe.probe(() => clock);
    expect(probe.read().since).toBe(iso(2_000_007));
    answers = true;
    clock = 4_000_000;
    await probe.probe(() => clock);
    expect(probe.read()).toMatchObject({ state: 'reachable', latencyMs: 7, since: iso(4_000_007) });
  });

  it('shows a store that dropped between probes at once, since it dropped', async () => {
    const reachability = new Reachability('redis', pino({ level: 'silent' }));
    const probe = new StoreProbe('redis', async () => 'PONG', reachability, 0);
    await probe.probe(Date.now);
    reachability.report('records', false);
    expect(probe.read()).toMatchObject({ state: 'unreachable', since: reachability.downSince });
    reachability.report('records', true);
    await probe.probe(Date.now);
    expect(probe.read().state).toBe('reachable');
    expect(probe.read().since >= (reachability.downSince ?? '')).toBe(true);
  });
});
