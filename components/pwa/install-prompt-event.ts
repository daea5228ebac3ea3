// Chromium's `beforeinstallprompt` event (not in TypeScript's DOM types, not in Safari or Firefox).
// Shape from the W3C Web App Manifest "Installable web applications" draft and MDN.

export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** Checks the event really carries `prompt()` before the app relies on it. */
export function isInstallPromptEvent(event: Event): event is InstallPromptEvent {
  return (
    'prompt' in event &&
    typeof event.prompt === 'function' &&
    'userChoice' in event &&
    event.userChoice instanceof Promise
  );
}
