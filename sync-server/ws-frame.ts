/**
 * One binary WebSocket frame from the server (RFC 6455 §5.2: FIN set, opcode 0x2, not masked —
 * servers never mask), header and payload in one buffer. A live update goes to every peer of a
 * document byte for byte the same, so it is framed once and that buffer written to each socket.
 */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.length;
  const headerBytes = length < 126 ? 2 : length <= 0xffff ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = 0x82;
  if (headerBytes === 2) {
    frame[1] = length;
  } else if (headerBytes === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, headerBytes);
  return frame;
}

const frames = new WeakMap<Uint8Array, Buffer>();

/** The frame of a message that is sent to many peers, made on first use and kept while it lives. */
export function sharedFrame(message: Uint8Array): Buffer {
  let frame = frames.get(message);
  if (!frame) {
    frame = binaryFrame(message);
    frames.set(message, frame);
  }
  return frame;
}
