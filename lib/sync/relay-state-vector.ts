import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';

const MESSAGE_SYNC = 0;

/**
 * Asks the relay for its state vector of one document with a fresh connection: the relay opens
 * every connection with SyncStep1 carrying its state vector. Nothing is sent, so this check
 * cannot change the relay's copy.
 */
export function fetchRelayStateVector(
  syncUrl: string,
  docName: string,
  token: string,
  timeoutMs = 10_000,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${syncUrl}/${docName}?token=${encodeURIComponent(token)}`);
    socket.binaryType = 'arraybuffer';
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.close();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error('The sync server did not answer in time.'))),
      timeoutMs,
    );
    socket.onmessage = (event: MessageEvent<ArrayBuffer>) => {
      const decoder = decoding.createDecoder(new Uint8Array(event.data));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep1) return;
      const stateVector = decoding.readVarUint8Array(decoder);
      finish(() => resolve(stateVector));
    };
    socket.onclose = (event) =>
      finish(() => reject(new Error(`The sync server closed the check (${event.code}).`)));
  });
}
