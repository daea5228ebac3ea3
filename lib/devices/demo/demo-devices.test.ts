import { afterEach, describe, expect, it } from 'vitest';
import { DeviceManager, type ManagerEvent } from '../manager/device-manager';
import { createFrameInterpreter } from '../manager/frame-interpreter';
import { ManualClock } from '../clock/manual-clock';
import { TimelineMerger } from '../recorder/timeline';
import { demoRig } from './demo-devices';

const managers: DeviceManager[] = [];
afterEach(async () => {
  for (const m of managers.splice(0)) {
    await Promise.all(m.devices().map((d) => m.remove(d.id)));
  }
});

async function pairRig(name: 'rowing' | 'running') {
  const clock = new ManualClock();
  const manager = new DeviceManager({ clock, interpreterFor: createFrameInterpreter });
  managers.push(manager);
  const events: ManagerEvent[] = [];
  manager.onEvent((e) => events.push(e));
  // Paired without a known kind, so identification from the offered services is exercised too.
  for (const { transport } of demoRig(name, clock)) await manager.add(transport);
  return { clock, manager, events };
}

describe('demo rigs', () => {
  it('pairs a treadmill, a strap and a footpod that all feed one running timeline', async () => {
    const { manager, events, clock } = await pairRig('running');
    expect(manager.devices().map((d) => d.kind)).toEqual([
      'ftms-treadmill',
      'heart-rate',
      'footpod',
    ]);
    expect(manager.devices().find((d) => d.kind === 'heart-rate')?.batteryPct).toBe(87);
    const roles = () =>
      new Set(events.flatMap((e) => (e.type === 'reading' ? [e.reading.role] : [])));
    await clock.advanceS(20);
    expect([...roles()].sort()).toEqual(['footpod', 'heart-rate', 'treadmill']);

    const timeline = new TimelineMerger(false);
    for (const e of events) if (e.type === 'reading') timeline.ingest(e.reading);
    const row = timeline.row(clock.nowS());
    // The belt eases up to about 10.7 km/h (3 m/s); the footpod's cadence is a runner's.
    expect(row.speedMps).toBeGreaterThan(2);
    expect(row.cadence).toBeGreaterThan(150);
    expect(row.heartRateBpm).toBeGreaterThan(60);
  });

  it('pairs a rower and a strap: rowing readings with strokes and RR intervals', async () => {
    const { manager, events, clock } = await pairRig('rowing');
    expect(manager.devices().map((d) => d.kind)).toEqual(['pm5', 'heart-rate']);
    const readings = () => events.flatMap((e) => (e.type === 'reading' ? [e.reading] : []));
    await clock.runUntil(
      () => readings().some((r) => r.stroke) && readings().some((r) => r.rrIntervalsMs?.length),
      'a stroke and RR intervals',
      30,
    );
    expect(readings().some((r) => r.stroke && r.stroke.driveLengthM > 1)).toBe(true);
    expect(readings().some((r) => (r.rrIntervalsMs?.length ?? 0) > 0)).toBe(true);
  });
});
