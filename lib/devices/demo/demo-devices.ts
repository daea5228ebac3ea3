/**
 * The demo sets offered on the Record screen: each device a DemoTransport around one of the
 * engine's virtual peripherals, all driven by one demo athlete's effort on the session clock.
 */
import { DemoTransport, type VirtualPeripheral } from './demo-transport';
import type { DeviceKind } from '../manager/device-kinds';
import type { Clock } from '../clock/clock';
import { steadyWithSurges } from './demo-effort';
import { demoPm5 } from './demo-pm5';
import { demoStrap } from './demo-strap';
import { demoFootpod, demoTreadmill } from './demo-treadmill';

export type DemoRigName = 'rowing' | 'running';

export const demoRigs: { name: DemoRigName; label: string }[] = [
  { name: 'rowing', label: 'Demo rower and heart-rate strap' },
  { name: 'running', label: 'Demo treadmill, strap and footpod' },
];

export type DemoDevice = { transport: DemoTransport; kind: DeviceKind };

export function demoRig(name: DemoRigName, clock: Clock, traceFrames = false): DemoDevice[] {
  const effort = steadyWithSurges;
  const make = (peripheral: VirtualPeripheral) =>
    new DemoTransport(peripheral, clock, { traceFrames });
  if (name === 'rowing') {
    return [
      { transport: make(demoPm5(effort)), kind: 'pm5' },
      { transport: make(demoStrap(effort)), kind: 'heart-rate' },
    ];
  }
  return [
    { transport: make(demoTreadmill(effort)), kind: 'ftms-treadmill' },
    { transport: make(demoStrap(effort)), kind: 'heart-rate' },
    { transport: make(demoFootpod(effort)), kind: 'footpod' },
  ];
}
