import { InstallPromptCatcher } from './install-prompt-catcher';
import { PwaPanel } from './pwa-panel';

/** Offline support, the update note and the install button; rendered once by app/layout.tsx. */
export function PwaControls() {
  return (
    <>
      <InstallPromptCatcher />
      <PwaPanel />
    </>
  );
}
