'use client';

import { usePathname } from 'next/navigation';
import { InstallButton } from './install-button';
import { UpdatePrompt } from './update-prompt';
import { useInstallPrompt } from './use-install-prompt';
import { useServiceWorker } from './use-service-worker';

/**
 * Offline support, the update note and the install button, above the phone's tab bar. The install
 * offer stays away from the Record screen, where nothing may cover the controls mid-session.
 */
export function PwaPanel() {
  const { updateReady, reloadToUpdate } = useServiceWorker();
  const { canInstall, install } = useInstallPrompt();
  const recording = usePathname().startsWith('/record');
  return (
    <div className="pointer-events-none fixed right-4 bottom-[calc(6rem+env(safe-area-inset-bottom))] left-4 z-40 flex flex-col items-end gap-2 sm:left-auto sm:max-w-sm md:bottom-4">
      <UpdatePrompt visible={updateReady} onReload={reloadToUpdate} />
      {canInstall && !recording && <InstallButton onInstall={install} />}
    </div>
  );
}
