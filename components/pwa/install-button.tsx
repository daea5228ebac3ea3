'use client';

/** Offered only when the browser says Splits can be installed; the browser asks the rest. */
export function InstallButton({ onInstall }: { onInstall: () => Promise<void> }) {
  return (
    <button
      type="button"
      onClick={() => {
        onInstall().catch((error: unknown) => {
          console.warn('The browser did not open its install dialog.', error);
        });
      }}
      className="pointer-events-auto self-end rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 shadow-sm hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      Install Splits
    </button>
  );
}
