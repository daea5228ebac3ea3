/**
 * DeviceTransport for demo devices: a virtual peripheral from the engine's simulator, advanced on
 * the session clock by a timer, whose encoded notifications reach the manager exactly as a real
 * device's would. It can also pretend the radio link dropped for a while, so reconnection, gap
 * marking and the athlete's messages can be seen and tested without hardware.
 */
import type { DeviceTransport, GattAddress, NotificationHandler } from '../link/device-transport';
import type { Cancel, Clock } from '../clock/clock';

export type EmittedFrame = { characteristic: string; bytes: Uint8Array };

/** What the demo transport needs from a simulated device. */
export interface VirtualPeripheral {
  readonly name: string;
  readonly services: readonly string[];
  readonly characteristics: readonly GattAddress[];
  /** Moves the model on by `dtS` seconds and returns the notifications it sent meanwhile. */
  advance(dtS: number): EmittedFrame[];
  read(characteristic: string): Uint8Array;
  /** A write (CSAFE on the PM5 control point) and the notifications it answers with. */
  write(characteristic: string, bytes: Uint8Array): EmittedFrame[];
}

export class DemoLinkDownError extends Error {
  readonly type = 'DemoLinkDown';
  constructor(name: string) {
    super(`${name} is out of reach (demo link dropped).`);
    this.name = 'DemoLinkDownError';
  }
}

/** Session milliseconds between simulator steps; 100 lets the demo PM5 send at 10 Hz. */
const STEP_MS = 100;

let nextId = 1;

export type DemoTransportOptions = {
  /** Session milliseconds per simulator step; 100 lets the demo PM5 send at 10 Hz. */
  stepSessionMs?: number;
  /** Marks each delivered notification (`performance.mark('splits:frame')`) for the latency bench. */
  traceFrames?: boolean;
};

export class DemoTransport implements DeviceTransport {
  readonly id = `demo-${nextId++}`;
  private linkUp = false;
  private unreachableUntilS = -Infinity;
  private readonly handlers = new Map<string, NotificationHandler>();
  private readonly disconnectHandlers = new Set<() => void>();
  private stopStepping: Cancel | null = null;
  private lastStepS: number;

  private readonly stepSessionMs: number;
  private readonly traceFrames: boolean;

  constructor(
    private readonly peripheral: VirtualPeripheral,
    private readonly clock: Clock,
    options: DemoTransportOptions = {},
  ) {
    this.lastStepS = clock.nowS();
    this.stepSessionMs = options.stepSessionMs ?? STEP_MS;
    this.traceFrames = options.traceFrames ?? false;
  }

  get name(): string {
    return this.peripheral.name;
  }

  get connected(): boolean {
    return this.linkUp;
  }

  async connect(): Promise<void> {
    if (this.clock.nowS() < this.unreachableUntilS) throw new DemoLinkDownError(this.name);
    this.linkUp = true;
    // The athlete keeps rowing whether or not anyone listens: the model runs from first connect.
    if (!this.stopStepping) {
      this.lastStepS = this.clock.nowS();
      this.stopStepping = this.clock.every(this.stepSessionMs, () => this.step());
    }
  }

  async services(): Promise<string[]> {
    this.requireLink();
    return [...this.peripheral.services];
  }

  async hasCharacteristic(address: GattAddress): Promise<boolean> {
    this.requireLink();
    return this.peripheral.characteristics.some(
      (c) => c.service === address.service && c.characteristic === address.characteristic,
    );
  }

  async subscribe(address: GattAddress, handler: NotificationHandler): Promise<void> {
    this.requireLink();
    this.handlers.set(address.characteristic, handler);
  }

  async read(address: GattAddress): Promise<DataView> {
    this.requireLink();
    const bytes = this.peripheral.read(address.characteristic);
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async write(address: GattAddress, bytes: Uint8Array): Promise<void> {
    this.requireLink();
    this.deliver(this.peripheral.write(address.characteristic, bytes));
  }

  onDisconnect(handler: () => void): () => void {
    this.disconnectHandlers.add(handler);
    return () => this.disconnectHandlers.delete(handler);
  }

  async disconnect(): Promise<void> {
    this.linkUp = false;
    this.handlers.clear();
    this.stopStepping?.();
    this.stopStepping = null;
  }

  /** Pretends the radio link dropped; reconnecting fails until `forS` session seconds have passed. */
  dropLink(forS: number): void {
    if (!this.linkUp) return;
    this.unreachableUntilS = this.clock.nowS() + forS;
    this.linkUp = false;
    // GATT subscriptions die with the link, as on real hardware.
    this.handlers.clear();
    for (const handler of this.disconnectHandlers) handler();
  }

  private requireLink(): void {
    if (!this.linkUp) throw new DemoLinkDownError(this.name);
  }

  private step(): void {
    const nowS = this.clock.nowS();
    const frames = this.peripheral.advance(nowS - this.lastStepS);
    this.lastStepS = nowS;
    if (this.linkUp) this.deliver(frames);
  }

  private deliver(frames: EmittedFrame[]): void {
    for (const frame of frames) {
      const { bytes } = frame;
      if (this.traceFrames) performance.mark('splits:frame');
      this.handlers.get(frame.characteristic)?.(
        new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      );
    }
  }
}
