/**
 * A demo rowing monitor: the engine's virtual PM5 behind the VirtualPeripheral interface, sending
 * its time-driven records at 10 Hz (sample rate code 3, DEVICES-RESEARCH §1.1) and answering CSAFE
 * writes on the control characteristic — with the status bits of a PM5, so a frame past its limits
 * comes back rejected.
 */
import { PM5_CHARACTERISTICS, PM5_SERVICES } from '../../../engine/protocols/uuids';
import { writeVirtualPm5Control } from '../../../engine/simulator/pm5-control';
import {
  createVirtualPm5,
  rowerEffortForLevel,
  setVirtualPm5SampleRate,
  tickVirtualPm5,
  type VirtualPm5Options,
} from '../../../engine/simulator/virtual-pm5';
import type { GattAddress } from '../link/device-transport';
import type { VirtualPeripheral } from './demo-transport';
import type { DemoEffort } from './demo-effort';

const TEN_HZ = 3;

const rowing = (characteristic: string): GattAddress => ({
  service: PM5_SERVICES.rowing,
  characteristic,
});

/** `options` can give the monitor tighter limits, as an older firmware might have (tests). */
export function demoPm5(
  effort: DemoEffort,
  seed = 7,
  options: Omit<VirtualPm5Options, 'seed'> = {},
): VirtualPeripheral {
  let state = setVirtualPm5SampleRate(createVirtualPm5({ ...options, seed }), TEN_HZ);
  let sessionS = 0;
  return {
    name: 'PM5 430000007 (demo)',
    services: [PM5_SERVICES.deviceInformation, PM5_SERVICES.control, PM5_SERVICES.rowing],
    characteristics: [
      { service: PM5_SERVICES.control, characteristic: PM5_CHARACTERISTICS.controlWrite },
      { service: PM5_SERVICES.control, characteristic: PM5_CHARACTERISTICS.controlNotify },
      rowing(PM5_CHARACTERISTICS.generalStatus),
      rowing(PM5_CHARACTERISTICS.additionalStatus),
      rowing(PM5_CHARACTERISTICS.additionalStatus2),
      rowing(PM5_CHARACTERISTICS.strokeData),
      rowing(PM5_CHARACTERISTICS.additionalStrokeData),
      rowing(PM5_CHARACTERISTICS.splitInterval),
      rowing(PM5_CHARACTERISTICS.additionalSplitInterval),
      rowing(PM5_CHARACTERISTICS.workoutSummary),
      rowing(PM5_CHARACTERISTICS.additionalWorkoutSummary),
      rowing(PM5_CHARACTERISTICS.forceCurve),
      rowing(PM5_CHARACTERISTICS.multiplexed),
    ],
    advance(dtS) {
      sessionS += dtS;
      const result = tickVirtualPm5(state, dtS, rowerEffortForLevel(effort(sessionS)));
      state = result.state;
      return result.notifications;
    },
    read(characteristic) {
      if (characteristic === PM5_CHARACTERISTICS.sampleRate) return Uint8Array.of(TEN_HZ);
      throw new Error(`The demo PM5 has nothing to read on ${characteristic}.`);
    },
    write(characteristic, bytes) {
      if (characteristic !== PM5_CHARACTERISTICS.controlWrite) {
        throw new Error(`The demo PM5 does not accept writes on ${characteristic}.`);
      }
      const result = writeVirtualPm5Control(state, bytes);
      state = result.state;
      return result.notifications;
    },
  };
}
