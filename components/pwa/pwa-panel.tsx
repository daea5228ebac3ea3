'use client';

import { InstallButton } from './install-button';
import { UpdatePrompt } from './update-prompt';
import { useInstallPrompt } from './use-install-prompt';
import { useServiceWorker } from './use-service-worker';

/** Offline support, the update note and the install button. */
export function PwaPanel() {
  const { updateReady, reloadToUpdate } = useServiceWorker();
  const { canInstall, install } = useInstallPrompt();
  return (
    <div className="pointer-events-none fixed right-4 bottom-[max(1rem,env(safe-area-inset-bottom))] left-4 z-50 flex flex-col items-end gap-2 sm:left-auto sm:max-w-sm">
      <UpdatePrompt visible={updateReady} onReload={reloadToUpdate} />
      {canInstall && <InstallButton onInstall={install} />}
    </div>
  );
}
