/**
 * Chromium may fire `beforeinstallprompt` before the app's scripts have loaded on a slow device, and
 * fires it only once per page. This inline script runs while the HTML is still being read, keeps
 * the event on `window`, and install-prompt-store.ts takes it from there.
 */
const CATCH_EARLY = `addEventListener('beforeinstallprompt',function(e){e.preventDefault();window.splitsInstallPrompt=e});`;

export function InstallPromptCatcher() {
  return <script dangerouslySetInnerHTML={{ __html: CATCH_EARLY }} />;
}
