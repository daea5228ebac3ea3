/**
 * FTMS Fitness Machine Status, characteristic 0x2ADA (Fitness Machine Service 1.0 §4.17): the
 * machine notifies what changed — started, stopped or paused (by the user or by the safety key),
 * a new target, or that the app lost control. One op code, then its parameter:
 * 0x02 stop (0x01) / pause (0x02); 0x05 target speed uint16 0.01 km/h; 0x06 target incline sint16
 * 0.1 %; 0x07 target resistance uint8 0.1; 0x08 target power sint16 W; 0x09 target heart rate
 * uint8 bpm; 0xFF control permission lost. The other "targeted … changed" codes (0x0A–0x15) are
 * kept with their raw parameter, as we never set those targets.
 * Op codes: Open Rowing Monitor ftms/FitnessMachineStatusCharacteristic.js, which also shows that
 * servers may pad parameter-less statuses to 2 bytes (it sends `01 00`, `02 00`, `04 00`), so a
 * stop/pause parameter outside 0x01/0x02 reads as null and trailing bytes are ignored.
 */
import { ByteCursor, ByteWriter, requireLength } from '../bytes.ts';

const CHARACTERISTIC = 'FTMS machine status (0x2ADA)';

export type MachineStatus =
  | { status: 'reset' }
  | { status: 'stoppedOrPausedByUser'; control: 'stop' | 'pause' | null }
  | { status: 'stoppedBySafetyKey' }
  | { status: 'startedOrResumedByUser' }
  | { status: 'targetSpeedChanged'; speedKmh: number }
  | { status: 'targetInclineChanged'; inclinationPct: number }
  | { status: 'targetResistanceLevelChanged'; resistanceLevel: number }
  | { status: 'targetPowerChanged'; powerW: number }
  | { status: 'targetHeartRateChanged'; heartRateBpm: number }
  | { status: 'controlPermissionLost' }
  /** Any other op code (other targets, spin down status, reserved), with its parameter bytes. */
  | { status: 'other'; opCode: number; parameter: Uint8Array };

const CODES = {
  reset: 0x01,
  stoppedOrPausedByUser: 0x02,
  stoppedBySafetyKey: 0x03,
  startedOrResumedByUser: 0x04,
  targetSpeedChanged: 0x05,
  targetInclineChanged: 0x06,
  targetResistanceLevelChanged: 0x07,
  targetPowerChanged: 0x08,
  targetHeartRateChanged: 0x09,
  controlPermissionLost: 0xff,
} as const;

type Named = Exclude<MachineStatus, { status: 'other' }>['status'];

const STATUS_BY_CODE = new Map((Object.keys(CODES) as Named[]).map((s) => [CODES[s] as number, s]));

export function decodeMachineStatus(view: DataView): MachineStatus {
  requireLength(view, 1, CHARACTERISTIC);
  const c = new ByteCursor(view);
  const opCode = c.u8();
  const status = STATUS_BY_CODE.get(opCode);
  const need = (bytes: number): void => requireLength(view, 1 + bytes, CHARACTERISTIC);
  switch (status) {
    case 'reset':
    case 'stoppedBySafetyKey':
    case 'startedOrResumedByUser':
    case 'controlPermissionLost':
      return { status };
    case 'stoppedOrPausedByUser': {
      need(1);
      const raw = c.u8();
      return { status, control: raw === 0x01 ? 'stop' : raw === 0x02 ? 'pause' : null };
    }
    case 'targetSpeedChanged':
      need(2);
      return { status, speedKmh: c.u16() / 100 };
    case 'targetInclineChanged':
      need(2);
      return { status, inclinationPct: c.s16() / 10 };
    case 'targetResistanceLevelChanged':
      need(1);
      return { status, resistanceLevel: c.u8() / 10 };
    case 'targetPowerChanged':
      need(2);
      return { status, powerW: c.s16() };
    case 'targetHeartRateChanged':
      need(1);
      return { status, heartRateBpm: c.u8() };
    case undefined:
      return {
        status: 'other',
        opCode,
        parameter: new Uint8Array(
          view.buffer.slice(view.byteOffset + 1, view.byteOffset + view.byteLength),
        ),
      };
  }
}

export function encodeMachineStatus(value: MachineStatus): Uint8Array {
  const field = (name: string): string => `${CHARACTERISTIC} ${name}`;
  if (value.status === 'other') {
    const bytes = new Uint8Array(1 + value.parameter.length);
    bytes.set(new ByteWriter(1).u8(value.opCode, field('op code')).bytes());
    bytes.set(value.parameter, 1);
    return bytes;
  }
  const w = new ByteWriter(3).u8(CODES[value.status], field('op code'));
  switch (value.status) {
    case 'reset':
    case 'stoppedBySafetyKey':
    case 'startedOrResumedByUser':
    case 'controlPermissionLost':
      return w.bytes();
    case 'stoppedOrPausedByUser':
      return w
        .u8(
          value.control === 'stop' ? 0x01 : value.control === 'pause' ? 0x02 : 0,
          field('control'),
        )
        .bytes();
    case 'targetSpeedChanged':
      return w.u16(value.speedKmh * 100, field('speedKmh')).bytes();
    case 'targetInclineChanged':
      return w.s16(value.inclinationPct * 10, field('inclinationPct')).bytes();
    case 'targetResistanceLevelChanged':
      return w.u8(value.resistanceLevel * 10, field('resistanceLevel')).bytes();
    case 'targetPowerChanged':
      return w.s16(value.powerW, field('powerW')).bytes();
    case 'targetHeartRateChanged':
      return w.u8(value.heartRateBpm, field('heartRateBpm')).bytes();
  }
}
