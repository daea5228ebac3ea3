import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { LIVE_FIELD, liveChannelName, type LiveState } from './live-state';

export type LiveChannelOptions = {
  /** The relay's `/sync` URL (`ws://host/sync`). */
  url: string;
  athleteId: string;
  /** The current access token; read again at every reconnect, so a refreshed token is used. */
  token: () => string | null;
  /** For Node: the `ws` package's WebSocket. */
  WebSocketPolyfill?: typeof WebSocket;
};

export type LiveChannel = {
  awareness: Awareness;
  /** Publishes this device's live state (null: says nothing, stays connected). */
  publish(state: LiveState | null): void;
  connected(): boolean;
  close(): void;
};

/**
 * One athlete's live channel on the relay: a y-websocket connection to `<athlete>/live` that
 * carries awareness only. Its document is never written, so the relay stores nothing for it,
 * and a state leaves every screen when the socket closes.
 */
export function openLiveChannel(options: LiveChannelOptions): LiveChannel {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(options.url, liveChannelName(options.athleteId), doc, {
    params: { token: options.token() ?? '' },
    disableBc: true,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  provider.on('connection-close', () => {
    const token = options.token();
    if (token) provider.params.token = token;
  });
  return {
    awareness: provider.awareness,
    publish: (state) => {
      provider.awareness.setLocalState(state === null ? {} : { [LIVE_FIELD]: state });
    },
    connected: () => provider.wsconnected,
    close: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
