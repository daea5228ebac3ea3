import { SHORTCUT_KEYS } from './record-shortcuts';

/** The recording's keyboard shortcuts, said once below the recording for those with a keyboard. */
export function ShortcutHelp() {
  return (
    <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="shortcut-help">
      Keys while recording: <kbd>{SHORTCUT_KEYS['pause-or-resume']}</kbd> pause or resume ·{' '}
      <kbd>{SHORTCUT_KEYS.lap}</kbd> lap · <kbd>{SHORTCUT_KEYS['full-screen']}</kbd> full screen ·{' '}
      <kbd>Esc</kbd> leave full screen. They wait while you type in a field.
    </p>
  );
}
