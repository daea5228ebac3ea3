// One simulated device: a Y.Doc kept in sync by an unmodified provider over its own WebSocket.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ClientKind } from './worker-protocol.ts';

export type BenchClient = {
  doc: Y.Doc;
  /** Resolves on the first full sync with the server. */
  synced: Promise<void>;
  destroy: () => void;
};

export type ClientTarget = {
  kind: ClientKind;
  serverUrl: string;
  docName: string;
  token: string | null;
};

/** Called with the close code and reason whenever a synced client loses its connection. */
export type OnLost = (why: string) => void;

export function openClient(target: ClientTarget, onLost: OnLost): BenchClient {
  return target.kind === 'y-websocket'
    ? openYWebsocket(target, onLost)
    : openHocuspocus(target, onLost);
}

function openYWebsocket({ serverUrl, docName, token }: ClientTarget, onLost: OnLost): BenchClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token === null ? {} : { token },
  });
  let wasSynced = false;
  const synced = new Promise<void>((resolve, reject) => {
    provider.on('sync', (isSynced: boolean) => {
      if (!isSynced) return;
      wasSynced = true;
      resolve();
    });
    // A 44xx close is a refusal (y-websocket 3.1 stops reconnecting): fail now, not at the timeout.
    provider.on('connection-close', (event: CloseEvent | null) => {
      if (wasSynced) onLost(describe(event));
      else if (event && event.code >= 4400 && event.code < 4500) {
        reject(new Error(`${docName} refused: ${event.code} ${event.reason}`));
      }
    });
  });
  return {
    doc,
    synced,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

function openHocuspocus({ serverUrl, docName }: ClientTarget, onLost: OnLost): BenchClient {
  const doc = new Y.Doc();
  // One socket per client, as with y-websocket, rather than Hocuspocus's multiplexing.
  const socket = new HocuspocusProviderWebsocket({ url: serverUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: docName,
    document: doc,
  });
  provider.attach();
  let wasSynced = false;
  const synced = new Promise<void>((resolve) => {
    provider.on('synced', ({ state }: { state: boolean }) => {
      if (!state) return;
      wasSynced = true;
      resolve();
    });
  });
  provider.on('disconnect', ({ event }: { event: CloseEvent }) => {
    if (wasSynced) onLost(describe(event));
  });
  return {
    doc,
    synced,
    destroy: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

function describe(event: CloseEvent | null): string {
  return event ? `${event.code} ${event.reason}`.trim() : 'connection error';
}
