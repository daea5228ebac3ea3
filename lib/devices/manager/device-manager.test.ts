import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DemoTransport } from '../demo/demo-transport';
import { demoPm5 } from '../demo/demo-pm5';
import { DeviceManager, type ManagerEvent } from './device-manager';
import { createFrameInterpreter } from './frame-interpreter';
import { SessionClock } from '../clock/session-clock';

// The demo PM5 (the engine's virtual monitor) at 50× speed: one simulated minute takes 1.2 s.
const SPEED = 50;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function setUp() {
  const clock = new SessionClock(SPEED);
  const manager = new DeviceManager({
    clock,
    interpreterFor: createFrameInterpreter,
    policy: { baseMs: 20, capMs: 80, maxAttempts: 40 },
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

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
};

describe('DeviceManager with the demo PM5', () => {
  it('identifies the monitor, subscribes, and turns its frames into rowing readings', async () => {
    const { manager, transport, events } = setUp();
    const device = await manager.add(transport);
    expect(device.kind).toBe('pm5');
    expect(manager.devices()[0]?.state).toBe('connected');
    await until(
      () => events.some((e) => e.type === 'reading' && e.reading.stroke !== undefined),
      'a stroke',
    );
    const readings = events.flatMap((e) => (e.type === 'reading' ? [e.reading] : []));
    const speeds = readings.flatMap((r) => (r.values.speedMps ? [r.values.speedMps] : []));
    expect(speeds.length).toBeGreaterThan(0);
    // Level 0.5 is 190 W: about 2:04 /500 m, 4.0 m/s.
    expect(speeds.at(-1)).toBeGreaterThan(3.5);
    expect(speeds.at(-1)).toBeLessThan(4.5);
    expect(readings.every((r) => r.role === 'rower')).toBe(true);
  });

  it('reconnects after a dropped link with backoff, says so, and resubscribes', async () => {
    const { manager, transport, events } = setUp();
    await manager.add(transport);
    const states: string[] = [];
    manager.subscribe(() => states.push(manager.devices()[0]?.state ?? 'gone'));
    transport.dropLink(5);
    expect(events.at(-1)).toMatchObject({ type: 'link-lost', label: 'Rowing monitor' });
    await until(() => events.some((e) => e.type === 'link-restored'), 'the link to come back');
    expect(states).toContain('reconnecting');
    expect(manager.devices()[0]?.state).toBe('connected');
    const restoredAt = events.findIndex((e) => e.type === 'link-restored');
    await until(
      () => events.slice(restoredAt).some((e) => e.type === 'reading'),
      'readings after the reconnect',
    );
  });

  it('gives up after the attempts and can be asked to try again', async () => {
    const clock = new SessionClock(SPEED);
    const manager = new DeviceManager({
      clock,
      interpreterFor: createFrameInterpreter,
      policy: { baseMs: 5, capMs: 10, maxAttempts: 2 },
    });
    const transport = new DemoTransport(
      demoPm5(() => 0.5),
      clock,
    );
    cleanups.push(() => manager.remove(transport.id));
    await manager.add(transport);
    transport.dropLink(3600);
    await until(() => manager.devices()[0]?.state === 'lost', 'the device to be lost');
    manager.retry(transport.id);
    expect(manager.devices()[0]?.state).toBe('reconnecting');
    expect(manager.devices()[0]?.attempt).toBe(1);
  });
});
