/**
 * PM5 Logged Workout, characteristic 0x003F (multiplexed id 0x3F, same 15 bytes): sent at the end
 * of the workout with 0x0039 / 0x003A, once the PM has written the workout to its log. It is what
 * an app needs to fetch that log entry later (CSAFE GET_CURRENT_WORKOUT_HASH /
 * GET_INTERNALLOGPARAMS name the same values).
 * Layout: workout hash 8 bytes (little-endian), internal log address uint32, log entry size
 * uint16, erg model type uint8. The hash is given as 16 hex digits, most significant first.
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via Open Rowing Monitor
 * LoggedWorkoutCharacteristic.js, whose comment carries the example frame
 * `41A09A0C97A37088 CAE10801 D400 00`.
 */
import { ByteWriter, requireLength, u8, u16, u32 } from '../bytes.ts';

const CHARACTERISTIC = 'PM5 logged workout (0x003F)';
const HASH_BYTES = 8;

export type LoggedWorkout = {
  /** 16 lowercase hex digits, most significant byte first. */
  workoutHash: string;
  internalLogAddress: number;
  logSizeBytes: number;
  ergMachineType: number;
};

export function decodeLoggedWorkout(view: DataView): LoggedWorkout {
  requireLength(view, 15, CHARACTERISTIC);
  let workoutHash = '';
  for (let i = HASH_BYTES - 1; i >= 0; i--) {
    workoutHash += u8(view, i).toString(16).padStart(2, '0');
  }
  return {
    workoutHash,
    internalLogAddress: u32(view, 8),
    logSizeBytes: u16(view, 12),
    ergMachineType: u8(view, 14),
  };
}

export function encodeLoggedWorkout(value: LoggedWorkout): Uint8Array {
  if (!/^[0-9a-f]{16}$/i.test(value.workoutHash)) {
    throw new RangeError(
      `${CHARACTERISTIC}: workout hash "${value.workoutHash}" is not 16 hex digits.`,
    );
  }
  const writer = new ByteWriter(15);
  for (let i = HASH_BYTES - 1; i >= 0; i--) {
    writer.u8(parseInt(value.workoutHash.slice(i * 2, i * 2 + 2), 16), `${CHARACTERISTIC} hash`);
  }
  return writer
    .u32(value.internalLogAddress, `${CHARACTERISTIC} internalLogAddress`)
    .u16(value.logSizeBytes, `${CHARACTERISTIC} logSizeBytes`)
    .u8(value.ergMachineType, `${CHARACTERISTIC} ergMachineType`)
    .bytes();
}
