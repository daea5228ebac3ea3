/**
 * Merges every device's readings into one timeline. Each channel comes from the highest-priority
 * device that has reported it recently (a chest strap beats the rower's own HR; the machine beats
 * a footpod for speed); a channel nobody reported recently is NaN, which is how a dropped link
 * shows up in the streams. Distance is the session's own: device counters are rebased to zero and
 * only their increases count, so a reconnect, a counter reset at an interval rollover or a second
 * device never makes distance jump backwards. With no distance source, speed is integrated.
 */
import { splitFromSpeed, wattsFromSplit } from '../../../engine/rowing/concept2';
import type { Channel, DeviceReading, DeviceRole } from '../manager/readings';

/** A reading older than this no longer counts as the channel's current value (by default). */
export const STALE_AFTER_S = 3;

const priority: Record<Channel, DeviceRole[]> = {
  heartRateBpm: ['heart-rate', 'rower', 'treadmill', 'footpod'],
  speedMps: ['rower', 'treadmill', 'footpod'],
  distanceM: ['rower', 'treadmill', 'footpod'],
  cadence: ['rower', 'footpod', 'treadmill'],
  powerW: ['rower', 'treadmill', 'footpod'],
};

export type TimelineRow = {
  timeS: number;
  heartRateBpm: number;
  speedMps: number;
  powerW: number;
  cadence: number;
  distanceM: number;
};

type Latest = { value: number; atS: number };
type DeviceState = { role: DeviceRole; channels: Map<Channel, Latest> };

export class TimelineMerger {
  private readonly devices = new Map<string, DeviceState>();
  private readonly lastDeviceDistanceM = new Map<string, number>();
  /** Session distance when each device's link dropped, until its first distance after. */
  private readonly distanceAtDropM = new Map<string, number>();
  private distanceM = 0;
  private distanceFedAtS = -Infinity;
  private lastRowS: number | null = null;
  private counting = true;

  /**
   * Rowing derives power from speed with Concept2's formula when the device does not send it.
   * A faster-than-life session clock (demo devices) needs a longer staleness, or an ordinary
   * pause of the page's main thread would look like a dropped sensor.
   */
  constructor(
    private readonly derivePowerFromSpeed: boolean,
    private readonly staleAfterS = STALE_AFTER_S,
  ) {}

  /** A resumed session carries on counting from the distance it had already covered. */
  continueFrom(distanceM: number): void {
    this.distanceM = distanceM;
  }

  /** A device's link dropped: its values stop counting now, not when they go stale. */
  forgetDevice(deviceId: string): void {
    this.devices.get(deviceId)?.channels.clear();
    this.distanceAtDropM.set(deviceId, this.distanceM);
  }

  /** While paused, device counters still move but their increases are not the athlete's session. */
  setCounting(counting: boolean): void {
    this.counting = counting;
    if (counting) this.lastRowS = null;
  }

  ingest(reading: DeviceReading): void {
    let device = this.devices.get(reading.deviceId);
    if (!device) {
      device = { role: reading.role, channels: new Map() };
      this.devices.set(reading.deviceId, device);
    }
    const deviceDistanceM = reading.values.distanceM;
    if (deviceDistanceM !== undefined && Number.isFinite(deviceDistanceM)) {
      this.feedDistance(reading.deviceId, reading.role, deviceDistanceM, reading.atS);
    }
    for (const [channel, value] of Object.entries(reading.values) as [Channel, number][]) {
      if (Number.isFinite(value)) device.channels.set(channel, { value, atS: reading.atS });
    }
  }

  /** The freshest value of each channel at `atS`, by device priority; NaN when nobody has one. */
  current(atS: number): Omit<TimelineRow, 'timeS' | 'distanceM'> {
    const speedMps = this.pick('speedMps', atS);
    let powerW = this.pick('powerW', atS);
    if (Number.isNaN(powerW) && this.derivePowerFromSpeed && speedMps > 0) {
      powerW = wattsFromSplit(splitFromSpeed(speedMps));
    }
    return {
      heartRateBpm: this.pick('heartRateBpm', atS),
      speedMps,
      powerW,
      cadence: this.pick('cadence', atS),
    };
  }

  /** The session distance so far, in metres. */
  sessionDistanceM(): number {
    return this.distanceM;
  }

  /** One timeline row at `atS`; advances integrated distance when no device counts it. */
  row(atS: number): TimelineRow {
    const values = this.current(atS);
    if (this.lastRowS !== null && atS - this.distanceFedAtS > this.staleAfterS) {
      if (values.speedMps > 0) this.distanceM += values.speedMps * (atS - this.lastRowS);
    }
    this.lastRowS = atS;
    return { timeS: atS, ...values, distanceM: this.distanceM };
  }

  private feedDistance(deviceId: string, role: DeviceRole, deviceM: number, atS: number): void {
    const previousM = this.lastDeviceDistanceM.get(deviceId);
    this.lastDeviceDistanceM.set(deviceId, deviceM);
    const atDropM = this.distanceAtDropM.get(deviceId);
    this.distanceAtDropM.delete(deviceId);
    if (!this.counting || previousM === undefined || deviceM < previousM) return;
    if (this.bestFreshRole('distanceM', atS, deviceId) !== role) return;
    // Back after a dropped link, it counts what it covered meanwhile less what others already did.
    const coveredByOthersM = atDropM === undefined ? 0 : this.distanceM - atDropM;
    this.distanceM += Math.max(0, deviceM - previousM - coveredByOthersM);
    this.distanceFedAtS = atS;
  }

  /** The role that wins `channel` at `atS`, counting `includingDevice` as fresh. */
  private bestFreshRole(channel: Channel, atS: number, includingDevice: string): DeviceRole | null {
    for (const role of priority[channel]) {
      for (const [id, device] of this.devices) {
        if (device.role !== role) continue;
        const latest = device.channels.get(channel);
        if (id === includingDevice || (latest && atS - latest.atS <= this.staleAfterS)) return role;
      }
    }
    return null;
  }

  private pick(channel: Channel, atS: number): number {
    for (const role of priority[channel]) {
      for (const device of this.devices.values()) {
        if (device.role !== role) continue;
        const latest = device.channels.get(channel);
        if (latest && atS - latest.atS <= this.staleAfterS) return latest.value;
      }
    }
    return NaN;
  }
}
