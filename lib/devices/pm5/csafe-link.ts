/**
 * One CSAFE conversation with a PM5 over its control characteristics: a frame is written to
 * 0x0021 in BLE writes of at most 20 bytes, and the next only once the PM's response has arrived
 * on 0x0022 — reassembled from notifications, since a response can span several
 * (DEVICES-RESEARCH §0 item 4, §2.1). Every way an exchange can go wrong is a typed value.
 */
import { addCsafeChunk, EMPTY_REASSEMBLY } from '../../../engine/protocols/csafe/reassembler';
import { CsafeFrameError, decodeCsafeFrame } from '../../../engine/protocols/csafe/frame';
import {
  CsafeCommandError,
  decodeResponse,
  type CsafeResponse,
} from '../../../engine/protocols/csafe/commands';
import { writePieces } from '../../../engine/protocols/csafe/workout-program';
import { pm5Control } from '../manager/device-kinds';
import type { DeviceTransport } from '../link/device-transport';

export type CsafeExchangeFailure =
  | { type: 'NoAnswer' }
  | { type: 'WriteFailed'; detail: string }
  | { type: 'Unreadable'; detail: string };

export type CsafeExchange =
  { ok: true; response: CsafeResponse } | { ok: false; failure: CsafeExchangeFailure };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class Pm5CsafeLink {
  private reassembly = EMPTY_REASSEMBLY;
  private waiting: ((frame: Uint8Array) => void) | null = null;

  private constructor(
    private readonly transport: DeviceTransport,
    private readonly timeoutMs: number,
  ) {}

  /** Subscribes to the PM's responses; rejects when the monitor cannot be reached. */
  static async open(transport: DeviceTransport, timeoutMs: number): Promise<Pm5CsafeLink> {
    const link = new Pm5CsafeLink(transport, timeoutMs);
    await transport.subscribe(pm5Control.notify, (value) => link.receive(value));
    return link;
  }

  private receive(value: DataView): void {
    const chunk = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    const result = addCsafeChunk(this.reassembly, chunk);
    this.reassembly = result.reassembly;
    for (const frame of result.frames) this.waiting?.(frame);
  }

  /** Writes one frame (in 20-byte pieces) and waits for the PM's response to it. */
  async exchange(frame: Uint8Array): Promise<CsafeExchange> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answer = new Promise<Uint8Array | null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.timeoutMs);
      this.waiting = resolve;
    });
    try {
      for (const piece of writePieces(frame)) await this.transport.write(pm5Control.write, piece);
    } catch (error) {
      clearTimeout(timer);
      this.waiting = null;
      return { ok: false, failure: { type: 'WriteFailed', detail: messageOf(error) } };
    }
    const response = await answer;
    clearTimeout(timer);
    this.waiting = null;
    if (response === null) return { ok: false, failure: { type: 'NoAnswer' } };
    try {
      return { ok: true, response: decodeResponse(decodeCsafeFrame(response).content) };
    } catch (error) {
      if (!(error instanceof CsafeFrameError || error instanceof CsafeCommandError)) throw error;
      return { ok: false, failure: { type: 'Unreadable', detail: error.message } };
    }
  }
}
