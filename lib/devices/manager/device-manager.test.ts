import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock/manual-clock';
import { DemoTransport } from '../demo/demo-transport';
import { demoPm5 } from '../demo/demo-pm5';
import type { BackoffPolicy } from '../link/backoff';
import { DeviceManager, type ManagerEvent } from './device-manager';
import { createFrameInterpreter } from './frame-interpreter';

// The demo PM5 (the engine's virtual monitor) on a clock the test moves.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function setUp(policy: BackoffPolicy = { baseMs: 400, capMs: 1600, maxAttempts: 40 }) {
  const clock = new ManualClock();
  const manager = new DeviceManager({
    clock,
    interpreterFor: createFrameInterpreter,
    policy,
    // The middle of every jitter range, so each delay is known.
    random: () => 0.5,
  });
  const transport = new DemoTransport(
    demoPm5(() => 0.5),
    clock,
  );
  const events: ManagerEvent[] = [];
  manager.onEvent((e) => events.push(e));
  cleanups.push(() => manager.remove(transport.id));
  return { clock, manager, transport, events };
}

describe('DeviceManager with the demo PM5', () => {
  it('identifies the monitor, subscribes, and turns its frames into rowing readings', async () => {
    const { clock, manager, transport, events } = setUp();
    const device = await manager.add(transport);
    expect(device.kind).toBe('pm5');
    expect(manager.devices()[0]?.state).toBe('connected');
    await clock.runUntil(
      () => events.some((e) => e.type === 'reading' && e.reading.stroke !== undefined),
      'a stroke',
      30,
    );
    const readings = events.flatMap((e) => (e.type === 'reading' ? [e.reading] : []));
    const speeds = readings.flatMap((r) => (r.values.speedMps ? [r.values.speedMps] : []));
    expect(speeds.length).toBeGreaterThan(0);
    // Level 0.5 is 190 W: about 2:04 /500 m, 4.0 m/s.
    expect(speeds.at(-1)).toBeGreaterThan(3.5);
    expect(speeds.at(-1)).toBeLessThan(4.5);
    expect(readings.every((r) => r.role === 'rower')).toBe(true);
    // Readings carry the session time they arrived at.
    expect(readings.at(-1)!.atS).toBeCloseTo(clock.nowS(), 6);
  });

  it('reconnects after a dropped link with backoff, says so, and resubscribes', async () => {
    const { clock, manager, transport, events } = setUp();
    await manager.add(transport);
    const states: string[] = [];
    manager.subscribe(() => states.push(`${manager.devices()[0]?.state}@${clock.nowS()}`));
    await clock.advanceS(2);
    transport.dropLink(5);
    expect(events.at(-1)).toMatchObject({ type: 'link-lost', label: 'Rowing monitor' });
    await clock.runUntil(() => events.some((e) => e.type === 'link-restored'), 'the link', 30);
    // Attempts wait 300, 600, 1200, 1200… ms (half fixed, half jitter at 0.5): the monitor is
    // out of reach until 7 s, so the attempt at 7.5 s is the one that gets through.
    expect(states).toEqual([
      'reconnecting@2',
      'reconnecting@2.3',
      'reconnecting@2.9',
      'reconnecting@4.1',
      'reconnecting@5.3',
      'reconnecting@6.5',
      'connected@7.7',
    ]);
    const restoredAt = events.findIndex((e) => e.type === 'link-restored');
    await clock.runUntil(
      () => events.slice(restoredAt).some((e) => e.type === 'reading'),
      'readings after the reconnect',
      5,
    );
  });

  it('gives up after the attempts and can be asked to try again', async () => {
    const { clock, manager, transport } = setUp({ baseMs: 100, capMs: 200, maxAttempts: 2 });
    await manager.add(transport);
    transport.dropLink(3600);
    await clock.runUntil(() => manager.devices()[0]?.state === 'lost', 'the device to be lost', 5);
    manager.retry(transport.id);
    expect(manager.devices()[0]?.state).toBe('reconnecting');
    expect(manager.devices()[0]?.attempt).toBe(1);
  });
});
