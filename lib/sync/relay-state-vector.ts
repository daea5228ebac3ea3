import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';

const MESSAGE_SYNC = 0;
/** The browser's code for a socket that closed without a close frame: refused, or dropped. */
const CLOSE_ABNORMAL = 1006;

/**
 * Why a check failed: the relay did not answer in time or the connection failed (`unreachable`,
 * so the link is down), or it closed the check with a code of its own (such as an expired token).
 */
export class RelayCheckFailed extends Error {
  constructor(
    readonly reason: 'unreachable' | 'closed',
    message: string,
  ) {
    super(message);
    this.name = 'RelayCheckFailed';
  }
}

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
      () =>
        finish(() =>
          reject(new RelayCheckFailed('unreachable', 'The sync server did not answer in time.')),
        ),
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
      finish(() =>
        reject(
          new RelayCheckFailed(
            event.code === CLOSE_ABNORMAL ? 'unreachable' : 'closed',
            `The sync server closed the check (${event.code}).`,
          ),
        ),
      );
  });
}
