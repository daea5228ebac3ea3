/**
 * A demo treadmill and footpod: the engine's virtual FTMS treadmill and RSC footpod behind the
 * VirtualPeripheral interface, both following the same runner (8 km/h easy to 14 km/h hard).
 */
import { SIG_CHARACTERISTICS, SIG_SERVICES } from '../../../engine/protocols/uuids';
import {
  createVirtualFootpod,
  tickVirtualFootpod,
} from '../../../engine/simulator/virtual-footpod';
import {
  createVirtualTreadmill,
  tickVirtualTreadmill,
} from '../../../engine/simulator/virtual-treadmill';
import type { VirtualPeripheral } from './demo-transport';
import type { DemoEffort } from './demo-effort';

export const runningSpeedKmh = (level: number): number => 8 + 6 * level;

const noWrites = (what: string) => (characteristic: string) => {
  throw new Error(`The demo ${what} does not accept writes on ${characteristic}.`);
};
const noReads = (what: string) => (characteristic: string) => {
  throw new Error(`The demo ${what} has nothing to read on ${characteristic}.`);
};

export function demoTreadmill(effort: DemoEffort): VirtualPeripheral {
  let state = createVirtualTreadmill();
  let sessionS = 0;
  return {
    name: 'Treadmill T5 (demo)',
    services: [SIG_SERVICES.fitnessMachine],
    characteristics: [
      { service: SIG_SERVICES.fitnessMachine, characteristic: SIG_CHARACTERISTICS.treadmillData },
    ],
    advance(dtS) {
      sessionS += dtS;
      const target = { speedKmh: runningSpeedKmh(effort(sessionS)), inclinePct: 1 };
      const result = tickVirtualTreadmill(state, dtS, target);
      state = result.state;
      return result.notifications;
    },
    read: noReads('treadmill'),
    write: noWrites('treadmill'),
  };
}

export function demoFootpod(effort: DemoEffort): VirtualPeripheral {
  let state = createVirtualFootpod();
  let sessionS = 0;
  return {
    name: 'Stryd-like footpod (demo)',
    services: [SIG_SERVICES.runningSpeedAndCadence],
    characteristics: [
      {
        service: SIG_SERVICES.runningSpeedAndCadence,
        characteristic: SIG_CHARACTERISTICS.rscMeasurement,
      },
    ],
    advance(dtS) {
      sessionS += dtS;
      const result = tickVirtualFootpod(state, dtS, runningSpeedKmh(effort(sessionS)));
      state = result.state;
      return result.notifications;
    },
    read: noReads('footpod'),
    write: noWrites('footpod'),
  };
}
