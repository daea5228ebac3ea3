/// <reference types="web-bluetooth" />
/**
 * DeviceTransport over Web Bluetooth. Every GATT operation goes through one queue per device
 * (no parallel operations — DEVICES-RESEARCH §5.2); characteristic objects are kept so the
 * browser does not collect them (ErgometerJS DriverWebBlueTooth.ts notes the same), and are
 * looked up again after each reconnect because GATT handles die with the link.
 */
import { GattQueue } from './gatt-queue';
import type { DeviceTransport, GattAddress, NotificationHandler } from './device-transport';

export class WebBluetoothTransport implements DeviceTransport {
  private readonly queue: GattQueue;
  private server: BluetoothRemoteGATTServer | null = null;
  private readonly characteristics = new Map<string, BluetoothRemoteGATTCharacteristic>();
  private readonly handlers = new Map<string, NotificationHandler>();
  private readonly listening = new WeakSet<BluetoothRemoteGATTCharacteristic>();
  private readonly disconnectHandlers = new Set<() => void>();
  private closing = false;

  constructor(private readonly device: BluetoothDevice) {
    // Once the link is gone, or the device lacks the attribute, retrying only repeats the failure.
    this.queue = new GattQueue({
      shouldRetry: (error) =>
        this.connected && !(error instanceof DOMException && error.name === 'NotFoundError'),
    });
    device.addEventListener('gattserverdisconnected', () => {
      this.characteristics.clear();
      if (this.closing) return;
      for (const handler of this.disconnectHandlers) handler();
    });
  }

  get id(): string {
    return this.device.id;
  }

  get name(): string {
    return this.device.name ?? 'Bluetooth device';
  }

  get connected(): boolean {
    return this.device.gatt?.connected ?? false;
  }

  async connect(): Promise<void> {
    const gatt = this.device.gatt;
    if (!gatt) throw new Error(`${this.name} has no GATT server Splits can use.`);
    this.closing = false;
    this.server = await this.queue.run('connect', () => gatt.connect());
  }

  async services(): Promise<string[]> {
    const server = this.requireServer();
    const services = await this.queue.run('discover services', () => server.getPrimaryServices());
    return services.map((s) => s.uuid.toLowerCase());
  }

  async hasCharacteristic(address: GattAddress): Promise<boolean> {
    const services = await this.services();
    if (!services.includes(address.service)) return false;
    try {
      await this.characteristic(address);
      return true;
    } catch (error) {
      if (error instanceof Error && error.cause instanceof DOMException) return false;
      throw error;
    }
  }

  async subscribe(address: GattAddress, handler: NotificationHandler): Promise<void> {
    const characteristic = await this.characteristic(address);
    this.handlers.set(address.characteristic, handler);
    if (!this.listening.has(characteristic)) {
      this.listening.add(characteristic);
      characteristic.addEventListener('characteristicvaluechanged', () => {
        const value = characteristic.value;
        if (value) this.handlers.get(address.characteristic)?.(value);
      });
    }
    await this.queue.run(`subscribe ${address.characteristic}`, () =>
      characteristic.startNotifications(),
    );
  }

  async read(address: GattAddress): Promise<DataView> {
    const characteristic = await this.characteristic(address);
    return this.queue.run(`read ${address.characteristic}`, () => characteristic.readValue());
  }

  async write(address: GattAddress, bytes: Uint8Array): Promise<void> {
    const characteristic = await this.characteristic(address);
    const copy = new Uint8Array(bytes);
    await this.queue.run(`write ${address.characteristic}`, () =>
      characteristic.writeValueWithResponse(copy),
    );
  }

  onDisconnect(handler: () => void): () => void {
    this.disconnectHandlers.add(handler);
    return () => this.disconnectHandlers.delete(handler);
  }

  async disconnect(): Promise<void> {
    this.closing = true;
    this.device.gatt?.disconnect();
  }

  private requireServer(): BluetoothRemoteGATTServer {
    if (!this.server || !this.server.connected) {
      throw new Error(`${this.name} is not connected.`);
    }
    return this.server;
  }

  private async characteristic(address: GattAddress): Promise<BluetoothRemoteGATTCharacteristic> {
    const known = this.characteristics.get(address.characteristic);
    if (known) return known;
    const server = this.requireServer();
    const characteristic = await this.queue.run(`find ${address.characteristic}`, async () => {
      const service = await server.getPrimaryService(address.service);
      return service.getCharacteristic(address.characteristic);
    });
    this.characteristics.set(address.characteristic, characteristic);
    return characteristic;
  }
}
