/**
 * A demo chest strap: the engine's virtual strap (heart rate following effort with a lag, RR
 * intervals) behind the VirtualPeripheral interface, with a battery level to read.
 */
import { encodeBatteryLevel } from '../../../engine/protocols/bas/battery-level';
import { SIG_CHARACTERISTICS, SIG_SERVICES } from '../../../engine/protocols/uuids';
import {
  createVirtualHrStrap,
  tickVirtualHrStrap,
} from '../../../engine/simulator/virtual-hr-strap';
import type { VirtualPeripheral } from './demo-transport';
import type { DemoEffort } from './demo-effort';

const BATTERY_PCT = 87;

export function demoStrap(effort: DemoEffort, seed = 11): VirtualPeripheral {
  let state = createVirtualHrStrap({ seed });
  let sessionS = 0;
  return {
    name: 'HRM-Pro 4D7A (demo)',
    services: [SIG_SERVICES.heartRate, SIG_SERVICES.battery],
    characteristics: [
      { service: SIG_SERVICES.heartRate, characteristic: SIG_CHARACTERISTICS.heartRateMeasurement },
      { service: SIG_SERVICES.battery, characteristic: SIG_CHARACTERISTICS.batteryLevel },
    ],
    advance(dtS) {
      sessionS += dtS;
      const result = tickVirtualHrStrap(state, dtS, effort(sessionS));
      state = result.state;
      return result.notifications;
    },
    read(characteristic) {
      if (characteristic === SIG_CHARACTERISTICS.batteryLevel) {
        return encodeBatteryLevel({ batteryLevelPct: BATTERY_PCT });
      }
      throw new Error(`The demo strap has nothing to read on ${characteristic}.`);
    },
    write(characteristic) {
      throw new Error(`The demo strap does not accept writes on ${characteristic}.`);
    },
  };
}
