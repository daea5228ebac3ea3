'use client';

import { useCallback, useSyncExternalStore } from 'react';
import {
  pendingInstallPrompt,
  subscribeInstallPrompt,
  takeInstallPrompt,
} from './install-prompt-store';

export interface InstallPrompt {
  /** The browser says Splits can be installed now (Chromium only; Safari installs from Share). */
  canInstall: boolean;
  /** Shows the browser's own install dialog. */
  install: () => Promise<void>;
}

/** Offers installing with the app's own quiet button, once the browser says it can. */
export function useInstallPrompt(): InstallPrompt {
  const promptEvent = useSyncExternalStore(
    subscribeInstallPrompt,
    pendingInstallPrompt,
    () => null,
  );
  const install = useCallback(async () => {
    const event = takeInstallPrompt();
    if (!event) return;
    await event.prompt();
    await event.userChoice;
  }, []);
  return { canInstall: promptEvent !== null, install };
}
