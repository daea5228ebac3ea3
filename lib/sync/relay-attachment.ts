import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { dialWhileOnline } from './online-gate';
import { acquireDoc, releaseDoc, type OpenDoc } from '@/lib/store/doc-registry';
import { CLIENT_MESSAGE_BYTES, chunkingWebSocket } from './chunking-socket';
import { publishDocAwareness } from './doc-awareness';
import { fetchRelayStateVector, RelayCheckFailed } from './relay-state-vector';
import { relayHasEverything } from './state-vectors';
import { setDocSyncState, type DocSyncState } from './sync-status';

const CLOSE_UNAUTHENTICATED = 4401;
const CHECK_DELAY_MS = 400;
/** The relay answered but had not stored everything yet (our update may still be in flight). */
const RECHECK_DELAY_MS = 1_000;
const MAX_ERROR_DELAY_MS = 10_000;

const ChunkingWebSocket =
  typeof WebSocket === 'undefined' ? undefined : chunkingWebSocket(WebSocket, CLIENT_MESSAGE_BYTES);

export type TokenSource = {
  current: () => string;
  /** Gets a fresh access token (after the relay refused an expired one); null when signed out. */
  renew: () => Promise<string | null>;
};

export function syncUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/sync`;
}

/**
 * Connects one open document to the relay with an unmodified y-websocket provider, and proves
 * "backed up" by comparing the relay's state vector with ours after every change settles.
 * Tabs are kept in step by our own channel (lib/store/tab-relay), so the provider's is off.
 */
export function attachToRelay(open: OpenDoc, tokens: TokenSource): () => void {
  const { doc, name } = open;
  const provider = new WebsocketProvider(syncUrl(), name, doc, {
    connect: false,
    disableBc: true,
    params: { token: tokens.current() },
    // A long offline spell can leave more edits than the relay takes in one message.
    WebSocketPolyfill: ChunkingWebSocket,
  });
  let stopped = false;
  const isStopped = () => stopped;
  const holding = holdOpen(name);
  holding.hold();

  let docState: DocSyncState | null = null;
  const setState = (state: DocSyncState) => {
    docState = state;
    if (!stopped) setDocSyncState(name, state);
  };
  const checker = backupChecker(open, provider, tokens, {
    isStopped,
    setState,
    backedUp: holding.letGo,
  });

  provider.on('status', ({ status }) => {
    setState(status === 'connected' ? 'syncing' : 'offline');
  });
  provider.on('sync', (synced: boolean) => {
    if (synced) checker.schedule();
  });
  renewTokenWhenRefused(provider, tokens, { isStopped, setState });
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    holding.hold();
    if (provider.wsconnected && docState !== 'unreachable') setState('syncing');
    checker.scheduleSoon();
  };
  doc.on('update', onUpdate);

  setState('offline');
  let stopDialing = () => {};
  void open.ready.then(() => {
    if (!stopped) stopDialing = dialWhileOnline(provider, () => tokens.current());
  });

  const withdrawAwareness = publishDocAwareness(name, provider.awareness);
  return () => {
    stopped = true;
    stopDialing();
    withdrawAwareness();
    checker.cancel();
    holding.letGo();
    doc.off('update', onUpdate);
    provider.destroy();
    setDocSyncState(name, null);
  };
}

/**
 * Keeps the document open until the relay has every change, even if the page that opened it has
 * moved on (an imported activity's streams, a plan edited just before leaving the page).
 */
function holdOpen(name: string) {
  let holding = false;
  return {
    hold() {
      if (holding) return;
      holding = true;
      acquireDoc(name);
    },
    letGo() {
      if (!holding) return;
      holding = false;
      queueMicrotask(() => releaseDoc(name));
    },
  };
}

type Attachment = {
  isStopped: () => boolean;
  setState: (state: DocSyncState) => void;
};

/**
 * Asks the relay for its state vector once changes settle, and says "backed up" only when it holds
 * everything we have; backs off while the relay does not answer.
 */
function backupChecker(
  { doc, name }: OpenDoc,
  provider: WebsocketProvider,
  tokens: TokenSource,
  { isStopped, setState, backedUp }: Attachment & { backedUp: () => void },
) {
  let checkTimer: ReturnType<typeof setTimeout> | null = null;
  let checkDelay = CHECK_DELAY_MS;

  const check = async () => {
    checkTimer = null;
    if (isStopped() || !provider.wsconnected || !provider.synced) return;
    const local = Y.encodeStateVector(doc);
    try {
      const relay = await fetchRelayStateVector(syncUrl(), name, tokens.current());
      if (isStopped()) return;
      if (relayHasEverything(relay, local) && relayHasEverything(relay, Y.encodeStateVector(doc))) {
        checkDelay = CHECK_DELAY_MS;
        setState('backed-up');
        backedUp();
        return;
      }
      setState('syncing');
      checkDelay = RECHECK_DELAY_MS;
    } catch (error) {
      // A relay that does not answer is a dropped link even while the document's own socket still
      // looks open (it can take half a minute to notice): say offline, not "syncing".
      if (error instanceof RelayCheckFailed && error.reason === 'unreachable')
        setState('unreachable');
      console.warn(`Backup check for ${name} failed; trying again`, error);
      checkDelay = Math.min(checkDelay * 2, MAX_ERROR_DELAY_MS);
    }
    schedule();
  };

  function schedule() {
    if (isStopped()) return;
    if (checkTimer !== null) clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void check(), checkDelay);
  }

  return {
    schedule,
    /** After a local change: check again soon, whatever the back-off had grown to. */
    scheduleSoon() {
      checkDelay = CHECK_DELAY_MS;
      schedule();
    },
    cancel() {
      if (checkTimer !== null) clearTimeout(checkTimer);
    },
  };
}

/** When the relay refuses an expired token, reconnects with a fresh one; any other close is a denial. */
function renewTokenWhenRefused(
  provider: WebsocketProvider,
  tokens: TokenSource,
  { isStopped, setState }: Attachment,
) {
  provider.on('closed', ({ code }) => {
    if (code !== CLOSE_UNAUTHENTICATED) {
      setState('denied');
      return;
    }
    setState('offline');
    // The timer may already have renewed the token this socket was opened with; a second
    // refresh would only rotate the login again.
    const refused = provider.params.token;
    const fresh = tokens.current();
    const next = fresh !== refused ? Promise.resolve<string | null>(fresh) : tokens.renew();
    void next.then((token) => {
      if (isStopped() || token === null) return;
      provider.params.token = token;
      provider.connect();
    });
  });
}
