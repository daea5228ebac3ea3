/**
 * One device link, whatever carries it: Web Bluetooth for real hardware, timers and the engine's
 * simulator for demo devices. The manager and recorder only ever see this interface, so demo
 * devices exercise exactly the code paths hardware does.
 */

export type NotificationHandler = (value: DataView) => void;

export type GattAddress = { service: string; characteristic: string };

export interface DeviceTransport {
  /** Stable for the same device across reconnects. */
  readonly id: string;
  /** What the device calls itself ("PM5 430070439", "Polar H10 1A2B3C4D"). */
  readonly name: string;
  readonly connected: boolean;
  /** Opens (or reopens) the link. Rejects when the device cannot be reached. */
  connect(): Promise<void>;
  /** Service UUIDs (lowercase 128-bit) the connected device offers. */
  services(): Promise<string[]>;
  hasCharacteristic(address: GattAddress): Promise<boolean>;
  subscribe(address: GattAddress, handler: NotificationHandler): Promise<void>;
  read(address: GattAddress): Promise<DataView>;
  write(address: GattAddress, bytes: Uint8Array): Promise<void>;
  /** Called when the link drops without the athlete asking; returns an unsubscribe. */
  onDisconnect(handler: () => void): () => void;
  /** Closes the link on purpose; no disconnect handler runs for it. */
  disconnect(): Promise<void>;
}
