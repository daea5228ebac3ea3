/**
 * Characteristic and service UUIDs in the lowercase 128-bit form Web Bluetooth reports.
 *
 * Concept2 PM5: base CE06xxxx-43E5-11E4-916C-0800200C9A66 (PM5 Bluetooth Smart Interface
 * Definition rev 1.30, via Open Rowing Monitor Pm5Constants.js toC2128BitUUID).
 * Bluetooth SIG 16-bit UUIDs expand onto the Base UUID 0000xxxx-0000-1000-8000-00805F9B34FB
 * (Bluetooth Core spec vol 3 part B §2.5.1).
 */

export function pm5Uuid(short: number): string {
  return `ce06${short.toString(16).padStart(4, '0')}-43e5-11e4-916c-0800200c9a66`;
}

export function sigUuid(short: number): string {
  return `0000${short.toString(16).padStart(4, '0')}-0000-1000-8000-00805f9b34fb`;
}

/** Accepts "2a37", "0x2A37", "00002a37-0000-…" or a PM5 "CE060031-…" UUID; returns the 128-bit form, or null. */
export function normaliseUuid(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (/^(0x)?[0-9a-f]{4}$/.test(t)) return sigUuid(parseInt(t.replace(/^0x/, ''), 16));
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(t)) return t;
  return null;
}

export const PM5_SERVICES = {
  discovery: pm5Uuid(0x0000),
  deviceInformation: pm5Uuid(0x0010),
  control: pm5Uuid(0x0020),
  rowing: pm5Uuid(0x0030),
} as const;

export const PM5_CHARACTERISTICS = {
  controlWrite: pm5Uuid(0x0021),
  controlNotify: pm5Uuid(0x0022),
  generalStatus: pm5Uuid(0x0031),
  additionalStatus: pm5Uuid(0x0032),
  additionalStatus2: pm5Uuid(0x0033),
  sampleRate: pm5Uuid(0x0034),
  strokeData: pm5Uuid(0x0035),
  additionalStrokeData: pm5Uuid(0x0036),
  splitInterval: pm5Uuid(0x0037),
  additionalSplitInterval: pm5Uuid(0x0038),
  workoutSummary: pm5Uuid(0x0039),
  additionalWorkoutSummary: pm5Uuid(0x003a),
  heartRateBeltInfo: pm5Uuid(0x003b),
  forceCurve: pm5Uuid(0x003d),
  additionalStatus3: pm5Uuid(0x003e),
  loggedWorkout: pm5Uuid(0x003f),
  multiplexed: pm5Uuid(0x0080),
} as const;

export const SIG_SERVICES = {
  heartRate: sigUuid(0x180d),
  battery: sigUuid(0x180f),
  runningSpeedAndCadence: sigUuid(0x1814),
  fitnessMachine: sigUuid(0x1826),
  cyclingPower: sigUuid(0x1818),
} as const;

export const SIG_CHARACTERISTICS = {
  heartRateMeasurement: sigUuid(0x2a37),
  batteryLevel: sigUuid(0x2a19),
  rscMeasurement: sigUuid(0x2a53),
  fitnessMachineFeature: sigUuid(0x2acc),
  treadmillData: sigUuid(0x2acd),
  rowerData: sigUuid(0x2ad1),
  indoorBikeData: sigUuid(0x2ad2),
  fitnessMachineControlPoint: sigUuid(0x2ad9),
  fitnessMachineStatus: sigUuid(0x2ada),
  cyclingPowerMeasurement: sigUuid(0x2a63),
} as const;
