/**
 * Holds every paired device of a session: connects, finds out what each is, subscribes, reads
 * the battery, turns notifications into readings through the device's interpreter, and when a
 * link drops without the athlete asking, reconnects to the same device with backoff and
 * resubscribes (GATT handles do not survive a disconnect — WebBluetoothCG implementation-status).
 * The recorder hears 'link-lost' / 'link-restored' to mark the gap.
 */
import { backoffDelayMs, reconnectPolicy, type BackoffPolicy } from '../link/backoff';
import {
  batteryLevel,
  detectKind,
  kindLabel,
  subscriptionsOfKind,
  type DeviceKind,
} from './device-kinds';
import type { DeviceTransport, GattAddress } from '../link/device-transport';
import type { FrameInterpreter, InterpretedFrame } from './frame-interpreter';
import type { DeviceReading } from './readings';
import type { Clock } from '../clock/clock';

export type LinkState = 'connecting' | 'connected' | 'reconnecting' | 'lost';

export type ManagedDevice = {
  id: string;
  name: string;
  kind: DeviceKind;
  label: string;
  state: LinkState;
  /** The reconnect attempt under way (1-based); 0 when not reconnecting. */
  attempt: number;
  batteryPct: number | null;
};

export type ManagerEvent =
  | { type: 'reading'; reading: DeviceReading }
  | { type: 'link-lost'; deviceId: string; label: string }
  | { type: 'link-restored'; deviceId: string };

export class UnsupportedDeviceError extends Error {
  readonly type = 'UnsupportedDevice';
  constructor(readonly deviceName: string) {
    super(
      `${deviceName} does not offer a rowing, treadmill, heart-rate or footpod service Splits can read.`,
    );
    this.name = 'UnsupportedDeviceError';
  }
}

export type DeviceManagerOptions = {
  /** Session time for readings, and the timer reconnect attempts wait on. */
  clock: Clock;
  interpreterFor: (kind: DeviceKind, deviceId: string) => FrameInterpreter;
  policy?: BackoffPolicy;
  random?: () => number;
};

type Entry = {
  device: ManagedDevice;
  transport: DeviceTransport;
  interpret: FrameInterpreter;
  stopListening: () => void;
  /** Bumped on removal and on each new reconnect loop, so a stale loop stops. */
  generation: number;
};

export class DeviceManager {
  private readonly entries = new Map<string, Entry>();
  private readonly changeListeners = new Set<() => void>();
  private readonly eventListeners = new Set<(event: ManagerEvent) => void>();
  private snapshot: ManagedDevice[] = [];
  private readonly policy: BackoffPolicy;
  private readonly random: () => number;

  constructor(private readonly options: DeviceManagerOptions) {
    this.policy = options.policy ?? reconnectPolicy;
    this.random = options.random ?? Math.random;
  }

  /** Connects, identifies and subscribes a device; throws UnsupportedDeviceError for others. */
  async add(transport: DeviceTransport, knownKind?: DeviceKind): Promise<ManagedDevice> {
    const existing = this.entries.get(transport.id);
    if (existing) return existing.device;
    await transport.connect();
    const kind = knownKind ?? (await detectKind(transport));
    if (!kind) {
      await transport.disconnect();
      throw new UnsupportedDeviceError(transport.name);
    }
    const entry: Entry = {
      device: {
        id: transport.id,
        name: transport.name,
        kind,
        label: kindLabel[kind],
        state: 'connecting',
        attempt: 0,
        batteryPct: null,
      },
      transport,
      interpret: this.options.interpreterFor(kind, transport.id),
      stopListening: () => undefined,
      generation: 0,
    };
    this.entries.set(transport.id, entry);
    entry.stopListening = transport.onDisconnect(() => void this.reconnect(entry));
    try {
      await this.setUp(entry);
    } catch (error) {
      await this.remove(transport.id);
      throw error;
    }
    this.update(entry, { state: 'connected' });
    return entry.device;
  }

  async remove(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.generation++;
    entry.stopListening();
    this.entries.delete(id);
    this.publish();
    await entry.transport.disconnect();
  }

  /** After the attempts ran out, the athlete can ask for another round. */
  retry(id: string): void {
    const entry = this.entries.get(id);
    if (entry && entry.device.state === 'lost') void this.reconnect(entry);
  }

  devices(): ManagedDevice[] {
    return this.snapshot;
  }

  transportOf(id: string): DeviceTransport | null {
    return this.entries.get(id)?.transport ?? null;
  }

  /** For useSyncExternalStore: called whenever a device's state changes. */
  subscribe = (listener: () => void): (() => void) => {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  };

  onEvent(listener: (event: ManagerEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  private async setUp(entry: Entry): Promise<void> {
    const { transport, device } = entry;
    const handle = (address: GattAddress) => (value: DataView) =>
      this.handleFrame(entry, address.characteristic, value);
    for (const address of subscriptionsOfKind[device.kind]) {
      await transport.subscribe(address, handle(address));
    }
    if (await transport.hasCharacteristic(batteryLevel)) {
      handle(batteryLevel)(await transport.read(batteryLevel));
    }
  }

  private handleFrame(entry: Entry, characteristic: string, value: DataView): void {
    if (!this.entries.has(entry.device.id)) return;
    let frame: InterpretedFrame;
    try {
      frame = entry.interpret.frame(characteristic, value, this.options.clock.nowS());
    } catch (error) {
      // One malformed notification (a short frame) must not end the session: skip it.
      console.warn(`${entry.device.label}: skipped a frame Splits could not read`, error);
      return;
    }
    if (frame.batteryPct !== undefined) this.update(entry, { batteryPct: frame.batteryPct });
    for (const reading of frame.readings) this.emit({ type: 'reading', reading });
  }

  private async reconnect(entry: Entry): Promise<void> {
    const generation = ++entry.generation;
    const stillWanted = () => this.entries.has(entry.device.id) && entry.generation === generation;
    if (entry.device.state === 'connected') {
      // What arrived before the drop counts; the link's loss is marked after it.
      for (const reading of entry.interpret.linkLost(this.options.clock.nowS())) {
        this.emit({ type: 'reading', reading });
      }
      this.emit({ type: 'link-lost', deviceId: entry.device.id, label: entry.device.label });
    }
    for (let attempt = 1; ; attempt++) {
      const delayMs = backoffDelayMs(this.policy, attempt, this.random);
      if (delayMs === null) {
        this.update(entry, { state: 'lost', attempt: 0 });
        return;
      }
      this.update(entry, { state: 'reconnecting', attempt });
      await this.options.clock.sleep(delayMs);
      if (!stillWanted()) return;
      try {
        await entry.transport.connect();
        await this.setUp(entry);
      } catch (error) {
        // Expected while the device is out of range; the next attempt follows the backoff.
        console.info(`${entry.device.label}: reconnect attempt ${attempt} failed`, error);
        continue;
      }
      if (!stillWanted()) return;
      this.update(entry, { state: 'connected', attempt: 0 });
      this.emit({ type: 'link-restored', deviceId: entry.device.id });
      return;
    }
  }

  private update(entry: Entry, changes: Partial<ManagedDevice>): void {
    entry.device = { ...entry.device, ...changes };
    this.publish();
  }

  private publish(): void {
    this.snapshot = [...this.entries.values()].map((e) => e.device);
    for (const listener of this.changeListeners) listener();
  }

  private emit(event: ManagerEvent): void {
    for (const listener of this.eventListeners) listener(event);
  }
}
