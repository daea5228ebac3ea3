import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Store = typeof import('./install-prompt-store');

/** Node has EventTarget but no window; the store listens on whatever `window` is at import. */
async function loadStoreWithWindow(early?: Event): Promise<{ store: Store; win: EventTarget }> {
  const win = Object.assign(new EventTarget(), early ? { splitsInstallPrompt: early } : {});
  vi.stubGlobal('window', win);
  vi.resetModules();
  return { store: await import('./install-prompt-store'), win };
}

function installPromptEvent(): Event {
  return Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: () => Promise.resolve(),
    userChoice: Promise.resolve({ outcome: 'accepted' }),
  });
}

describe('install prompt store', () => {
  let loaded: { store: Store; win: EventTarget };

  beforeEach(async () => {
    loaded = await loadStoreWithWindow();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps the event, stops the browser banner and tells subscribers', () => {
    const { store, win } = loaded;
    const listener = vi.fn();
    store.subscribeInstallPrompt(listener);
    const event = installPromptEvent();
    win.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(store.pendingInstallPrompt()).toBe(event);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('hands the event out once, because a browser allows one prompt per event', () => {
    const { store, win } = loaded;
    const event = installPromptEvent();
    win.dispatchEvent(event);
    expect(store.takeInstallPrompt()).toBe(event);
    expect(store.takeInstallPrompt()).toBeNull();
    expect(store.pendingInstallPrompt()).toBeNull();
  });

  it('forgets the event once the app is installed', () => {
    const { store, win } = loaded;
    win.dispatchEvent(installPromptEvent());
    win.dispatchEvent(new Event('appinstalled'));
    expect(store.pendingInstallPrompt()).toBeNull();
  });

  it('ignores an event that cannot prompt and leaves the browser default alone', () => {
    const { store, win } = loaded;
    const bare = new Event('beforeinstallprompt', { cancelable: true });
    win.dispatchEvent(bare);
    expect(bare.defaultPrevented).toBe(false);
    expect(store.pendingInstallPrompt()).toBeNull();
  });

  it('picks up an event the inline catcher kept before the app loaded', async () => {
    const early = installPromptEvent();
    const { store } = await loadStoreWithWindow(early);
    expect(store.pendingInstallPrompt()).toBe(early);
    expect(store.takeInstallPrompt()).toBe(early);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const { store, win } = loaded;
    const listener = vi.fn();
    const unsubscribe = store.subscribeInstallPrompt(listener);
    unsubscribe();
    win.dispatchEvent(installPromptEvent());
    expect(listener).not.toHaveBeenCalled();
  });
});
