/**
 * FTMS Fitness Machine Feature, characteristic 0x2ACC (Fitness Machine Service 1.0 §4.3): two
 * uint32 bit fields, the machine features it reports and the targets it accepts. Bit names and
 * order from §4.3.1.1 and §4.3.1.2 (as in the GATT XML org.bluetooth.characteristic.fitness_machine_feature).
 */
import { ByteWriter, requireLength, u32 } from '../bytes.ts';

const CHARACTERISTIC = 'FTMS fitness machine feature (0x2ACC)';

export const MACHINE_FEATURES = [
  'averageSpeed',
  'cadence',
  'totalDistance',
  'inclination',
  'elevationGain',
  'pace',
  'stepCount',
  'resistanceLevel',
  'strideCount',
  'expendedEnergy',
  'heartRateMeasurement',
  'metabolicEquivalent',
  'elapsedTime',
  'remainingTime',
  'powerMeasurement',
  'forceOnBeltAndPowerOutput',
  'userDataRetention',
] as const;

export const TARGET_SETTING_FEATURES = [
  'speedTarget',
  'inclinationTarget',
  'resistanceTarget',
  'powerTarget',
  'heartRateTarget',
  'targetedExpendedEnergy',
  'targetedStepNumber',
  'targetedStrideNumber',
  'targetedDistance',
  'targetedTrainingTime',
  'targetedTimeInTwoHeartRateZones',
  'targetedTimeInThreeHeartRateZones',
  'targetedTimeInFiveHeartRateZones',
  'indoorBikeSimulation',
  'wheelCircumference',
  'spinDownControl',
  'targetedCadence',
] as const;

export type MachineFeature = (typeof MACHINE_FEATURES)[number];
export type TargetSettingFeature = (typeof TARGET_SETTING_FEATURES)[number];

export type FitnessMachineFeature = {
  machineFeatures: MachineFeature[];
  targetSettingFeatures: TargetSettingFeature[];
};

const namesOf = <T extends string>(bits: number, names: readonly T[]): T[] =>
  names.filter((_, i) => (bits & (2 ** i)) !== 0);

const bitsOf = <T extends string>(chosen: readonly T[], names: readonly T[]): number =>
  names.reduce((bits, name, i) => (chosen.includes(name) ? bits + 2 ** i : bits), 0);

export function decodeFitnessMachineFeature(view: DataView): FitnessMachineFeature {
  requireLength(view, 8, CHARACTERISTIC);
  return {
    machineFeatures: namesOf(u32(view, 0), MACHINE_FEATURES),
    targetSettingFeatures: namesOf(u32(view, 4), TARGET_SETTING_FEATURES),
  };
}

export function encodeFitnessMachineFeature(value: FitnessMachineFeature): Uint8Array {
  return new ByteWriter(8)
    .u32(bitsOf(value.machineFeatures, MACHINE_FEATURES), `${CHARACTERISTIC} machine features`)
    .u32(bitsOf(value.targetSettingFeatures, TARGET_SETTING_FEATURES), `${CHARACTERISTIC} targets`)
    .bytes();
}
