// Chromium fires `beforeinstallprompt` once per page load, often before React has hydrated. The
// inline script of install-prompt-catcher.tsx keeps an early one on `window`; later ones are caught
// here. Either way the event waits here until a component asks for it.
import { isInstallPromptEvent, type InstallPromptEvent } from './install-prompt-event';

let pending: InstallPromptEvent | null = null;
const listeners = new Set<() => void>();

function setPending(event: InstallPromptEvent | null) {
  pending = event;
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') {
  const early: unknown = Reflect.get(window, 'splitsInstallPrompt');
  if (early instanceof Event && isInstallPromptEvent(early)) pending = early;
  window.addEventListener('beforeinstallprompt', (event) => {
    if (!isInstallPromptEvent(event)) return;
    // Replaces the browser's mini-infobar with our own quiet button.
    event.preventDefault();
    setPending(event);
  });
  window.addEventListener('appinstalled', () => setPending(null));
}

export function subscribeInstallPrompt(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pendingInstallPrompt(): InstallPromptEvent | null {
  return pending;
}

/** Hands the event out once: the browser allows one `prompt()` per event. */
export function takeInstallPrompt(): InstallPromptEvent | null {
  const event = pending;
  setPending(null);
  return event;
}
