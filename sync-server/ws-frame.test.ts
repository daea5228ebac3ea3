import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { binaryFrame } from './ws-frame.ts';

let server: Server;
let wss: WebSocketServer;
beforeAll(async () => {
  server = createServer();
  wss = new WebSocketServer({ server });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
});
afterAll(() => {
  wss.close();
  server.close();
});

describe('a hand-made binary frame', () => {
  it.each([0, 125, 126, 65_535, 65_536, 200_000])(
    'reaches a ws client intact (%i bytes)',
    async (size) => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const accepted = once(wss, 'connection') as Promise<
        [WebSocket, { socket: NodeJS.WritableStream }]
      >;
      const client = new WebSocket(`ws://127.0.0.1:${port}`);
      await once(client, 'open');
      const [, request] = await accepted;
      const payload = Uint8Array.from({ length: size }, (_, i) => i % 251);
      const received = once(client, 'message') as Promise<[Buffer, boolean]>;
      request.socket.write(binaryFrame(payload));
      const [data, isBinary] = await received;
      expect(isBinary).toBe(true);
      expect(new Uint8Array(data)).toEqual(payload);
      client.close();
    },
  );
});
