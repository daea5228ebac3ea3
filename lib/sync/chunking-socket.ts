import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { splitUpdate } from './split-update';

const MESSAGE_SYNC = 0;

/**
 * What the app sends the relay in one message at most: well under the relay's MAX_MESSAGE_BYTES
 * (8 MiB by default), so an offline backlog of any size goes as a series of ordinary updates.
 */
export const CLIENT_MESSAGE_BYTES = 1024 * 1024;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base must take any[]
type SocketClass = new (...args: any[]) => { send(data: Uint8Array): void };

/**
 * A WebSocket class for y-websocket that splits any sync message larger than `maxBytes` (the
 * provider's sync step 2 after a long time offline, or one very large edit) into several
 * y-websocket update messages (see splitUpdate). Everything on the wire stays the unmodified
 * y-websocket protocol; the provider itself is unchanged.
 */
export function chunkingWebSocket<T extends SocketClass>(Base: T, maxBytes: number): T {
  return class ChunkingWebSocket extends Base {
    override send(data: Uint8Array) {
      const parts =
        data.byteLength > maxBytes ? splitSyncMessage(new Uint8Array(data), maxBytes) : null;
      if (!parts) {
        super.send(data);
        return;
      }
      for (const part of parts) super.send(part);
    }
  };
}

/** The parts of a large sync step 2 or update message, each a message of the same kind; else null. */
function splitSyncMessage(message: Uint8Array, maxBytes: number): Uint8Array[] | null {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate)
    return null;
  const update = decoding.readVarUint8Array(decoder);
  // Room for the message's own header (type, sync type, length).
  return splitUpdate(update, maxBytes - 16).map((part) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, part);
    return encoding.toUint8Array(encoder);
  });
}
