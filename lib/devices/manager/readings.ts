/**
 * What the device manager hands the recorder: one decoded notification turned into channel values
 * on the session clock. Every device kind speaks this shape, so the recorder never sees bytes.
 */

/** What a device is for; decides which device wins when two report the same channel. */
export type DeviceRole = 'rower' | 'treadmill' | 'heart-rate' | 'footpod';

export type Channel = 'heartRateBpm' | 'speedMps' | 'powerW' | 'cadence' | 'distanceM';

export type StrokeEvent = {
  /** Session seconds at the end of the drive. */
  atS: number;
  driveLengthM: number;
  driveTimeS: number;
  recoveryTimeS: number;
  strokeDistanceM: number;
  peakDriveForceLbs: number;
  averageDriveForceLbs: number;
  workPerStrokeJ: number;
  strokeCount: number;
};

export type DeviceReading = {
  deviceId: string;
  role: DeviceRole;
  /** Session seconds when the notification arrived. */
  atS: number;
  /** Cumulative values (distanceM) count from the device's own zero; the recorder rebases them. */
  values: Partial<Record<Channel, number>>;
  rrIntervalsMs?: number[];
  stroke?: StrokeEvent;
};
