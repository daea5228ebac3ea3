/** "Coach is editing Tuesday": read out politely when it changes, hidden when nobody is in. */
export function PresenceNotice({ text }: { text: string | null }) {
  return (
    <p
      aria-live="polite"
      data-testid="presence-notice"
      className="min-h-5 text-sm text-slate-600 dark:text-slate-300"
    >
      {text ?? ''}
    </p>
  );
}
